#!/usr/bin/env python3
"""Blind held-out cash-application set: EastMed Medical & Dental Supply (IL / CY / GR).

Deterministic, stdlib only. `python3 build.py` rewrites ledger_eastmed/*.json and README.md.
"""
import json
import os
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_eastmed")
R = random.Random(134_2026)
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2)


def s(x):
    return str(q(x))


def fmt_en(x):
    return "{:,.2f}".format(q(x))


def fmt_eu(x):
    return "{:,.2f}".format(q(x)).replace(",", "_").replace(".", ",").replace("_", ".")


def pick(seq):
    return seq[R.randrange(len(seq))]


_used_ids = set()


def rid(prefix, n=10, alphabet="0123456789abcdef"):
    while True:
        v = prefix + "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))
        if v not in _used_ids:
            _used_ids.add(v)
            return v


# ---------------------------------------------------------------- customers
IL_KINDS = [("מרפאת שיניים", "MIRPAAT SHINAYIM", "Dental Clinic"),
            ("מרכז רפואי", "MERKAZ REFUI", "Medical Center"),
            ("מעבדת שיניים", "MAABADAT SHINAYIM", "Dental Lab"),
            ("מרפאה", "MIRPAA", "Clinic"),
            ("מכון דימות", "MACHON DIMUT", "Imaging Institute"),
            ("מרפאת שיניים", "MIRPAAT SHINAYIM", "Dental Clinic")]
IL_NAMES = [("הדר", "HADAR"), ("אור", "OR"), ("שקד", "SHAKED"), ("גליל", "GALIL"), ("כרמל", "CARMEL"),
            ("נווה", "NEVE"), ("ברק", "BARAK"), ("רימון", "RIMON"), ("תמר", "TAMAR"), ("אלון", "ALON"),
            ("לוטם", "LOTEM"), ("ערבה", "ARAVA"), ("שרון", "SHARON"), ("דקל", "DEKEL"), ("אורן", "OREN"),
            ("יסמין", "YASMIN"), ("הרדוף", "HARDUF"), ("ענבל", "INBAL"), ("נגה", "NOGA"), ("רקפת", "RAKEFET"),
            ("גפן", "GEFEN"), ("זית", "ZAYIT"), ("אופק", "OFEK"), ("מעיין", "MAAYAN")]
IL_SURN = [("כהן", "COHEN"), ("לוי", "LEVI"), ("מזרחי", "MIZRAHI"), ("פרץ", "PERETZ"), ("ביטון", "BITON"),
           ("פרידמן", "FRIEDMAN"), ("אזולאי", "AZOULAY"), ("כץ", "KATZ"), ("שפירא", "SHAPIRA"),
           ("אברהם", "AVRAHAM"), ("חדד", "HADAD"), ("עמר", "AMAR"), ("גולן", "GOLAN"), ("סגל", "SEGAL"),
           ("נחום", "NAHUM"), ("חורי", "KHOURY"), ("עבאס", "ABBAS"), ("חביב", "HABIB")]
IL_PLACES = [("חיפה", "HAIFA"), ("באר שבע", "BEER SHEVA"), ("נתניה", "NETANYA"), ("רעננה", "RAANANA"),
             ("אשדוד", "ASHDOD"), ("חולון", "HOLON"), ("פתח תקווה", "PETAH TIKVA"), ("ירושלים", "JERUSALEM"),
             ("תל אביב", "TEL AVIV"), ("רחובות", "REHOVOT"), ("עפולה", "AFULA"), ("נהריה", "NAHARIYA"),
             ("נצרת", "NAZARETH"), ("מודיעין", "MODIIN"), ("אילת", "EILAT"), ("כפר סבא", "KFAR SABA")]

GR_KINDS = [("ΟΔΟΝΤΙΑΤΡΕΙΟ", "ODONTIATREIO", "Dental Practice"),
            ("ΙΑΤΡΙΚΟ ΚΕΝΤΡΟ", "IATRIKO KENTRO", "Medical Centre"),
            ("ΔΙΑΓΝΩΣΤΙΚΟ ΚΕΝΤΡΟ", "DIAGNOSTIKO KENTRO", "Diagnostic Centre"),
            ("ΟΔΟΝΤΟΤΕΧΝΙΚΟ ΕΡΓΑΣΤΗΡΙΟ", "ODONTOTECHNIKO ERGASTIRIO", "Dental Laboratory"),
            ("ΚΛΙΝΙΚΗ", "KLINIKI", "Clinic"),
            ("ΠΟΛΥΙΑΤΡΕΙΟ", "POLYIATREIO", "Polyclinic")]
GR_SURN = [("ΠΑΠΑΔΟΠΟΥΛΟΥ", "PAPADOPOULOU"), ("ΓΕΩΡΓΙΟΥ", "GEORGIOU"), ("ΝΙΚΟΛΑΟΥ", "NIKOLAOU"),
           ("ΚΩΝΣΤΑΝΤΙΝΙΔΗ", "KONSTANTINIDI"), ("ΙΩΑΝΝΙΔΗ", "IOANNIDI"), ("ΔΗΜΗΤΡΙΟΥ", "DIMITRIOU"),
           ("ΑΝΤΩΝΙΟΥ", "ANTONIOU"), ("ΜΑΚΡΗ", "MAKRI"), ("ΒΛΑΧΟΥ", "VLACHOU"), ("ΣΤΑΥΡΟΥ", "STAVROU"),
           ("ΚΑΡΑΓΙΑΝΝΗ", "KARAGIANNI"), ("ΟΙΚΟΝΟΜΟΥ", "OIKONOMOU"), ("ΧΑΤΖΗΔΑΚΗ", "CHATZIDAKI"),
           ("ΑΛΕΞΙΟΥ", "ALEXIOU"), ("ΠΑΠΑΝΙΚΟΛΑΟΥ", "PAPANIKOLAOU"), ("ΣΩΤΗΡΙΟΥ", "SOTIRIOU"),
           ("ΜΙΧΑΗΛΙΔΗ", "MICHAILIDI"), ("ΛΑΜΠΡΟΥ", "LAMPROU")]
GR_PLACES = [("ΑΘΗΝΩΝ", "ATHINON"), ("ΘΕΣΣΑΛΟΝΙΚΗΣ", "THESSALONIKIS"), ("ΠΑΤΡΩΝ", "PATRON"),
             ("ΗΡΑΚΛΕΙΟΥ", "IRAKLEIOU"), ("ΛΑΡΙΣΑΣ", "LARISAS"), ("ΒΟΛΟΥ", "VOLOU"),
             ("ΙΩΑΝΝΙΝΩΝ", "IOANNINON"), ("ΧΑΝΙΩΝ", "CHANION"), ("ΚΑΛΑΜΑΤΑΣ", "KALAMATAS"),
             ("ΡΟΔΟΥ", "RODOU"), ("ΚΟΖΑΝΗΣ", "KOZANIS"), ("ΠΕΙΡΑΙΑ", "PEIRAIA")]
GR_FORMS = [("Ε.Π.Ε.", "EPE"), ("Α.Ε.", "AE"), ("Ι.Κ.Ε.", "IKE"), ("Ο.Ε.", "OE"), ("", "")]

CY_KINDS = [("DENTAL CARE", "ΟΔΟΝΤΙΑΤΡΙΚΗ ΦΡΟΝΤΙΔΑ"), ("MEDICAL CENTRE", "ΙΑΤΡΙΚΟ ΚΕΝΤΡΟ"),
            ("POLYCLINIC", "ΠΟΛΥΚΛΙΝΙΚΗ"), ("DENTAL LAB", "ΟΔΟΝΤΟΤΕΧΝΕΙΟ"), ("DIAGNOSTICS", "ΔΙΑΓΝΩΣΤΙΚΑ")]
CY_SURN = ["CHRISTODOULOU", "GEORGIADES", "HADJIPAVLOU", "KYPRIANOU", "PETRIDES", "CHARALAMBOUS",
           "IOANNOU", "LOIZOU", "NEOPHYTOU", "PANAYIOTOU", "SAVVA", "EVANGELOU", "ZENONOS", "KOUNNAS"]
CY_PLACES = [("NICOSIA", "ΛΕΥΚΩΣΙΑ"), ("LIMASSOL", "ΛΕΜΕΣΟΣ"), ("LARNACA", "ΛΑΡΝΑΚΑ"),
             ("PAPHOS", "ΠΑΦΟΣ"), ("PARALIMNI", "ΠΑΡΑΛΙΜΝΙ"), ("KYRENIA GATE", "ΠΥΛΗ ΚΕΡΥΝΕΙΑΣ")]

CUSTOMERS = []
_names = set()
_cust_ids = set()


def new_cust_id():
    while True:
        v = "C-%05d" % R.randrange(10000, 99999)
        if v not in _cust_ids:
            _cust_ids.add(v)
            return v


def add_customer(country, name, native, latin, currencies, group=None, kind="clinic"):
    assert name.upper() not in _names, name
    _names.add(name.upper())
    c = {"id": new_cust_id(), "country": country, "name": name, "native": native, "latin": latin,
         "currencies": currencies, "group": group, "kind": kind}
    CUSTOMERS.append(c)
    return c


def gen_il(currs):
    for _ in range(200):
        he_k, lat_k, en_k = pick(IL_KINDS)
        if R.random() < 0.5:
            he_n, lat_n = pick(IL_NAMES)
            he_p, lat_p = pick(IL_PLACES)
            he = "%s %s %s" % (he_k, he_n, he_p)
            lat = "%s %s %s" % (lat_k, lat_n, lat_p)
            en = "%s %s %s" % (lat_n.title(), en_k, lat_p.title())
        else:
            he_s, lat_s = pick(IL_SURN)
            he = "%s ד\"ר %s" % (he_k, he_s)
            lat = "%s DR %s" % (lat_k, lat_s)
            en = "Dr %s %s" % (lat_s.title(), en_k)
            he_p, lat_p = pick(IL_PLACES)
            he += " " + he_p
            lat += " " + lat_p
            en += " " + lat_p.title()
        he += " בע\"מ"
        lat += " BAM"
        r = R.random()
        name = he if r < 0.35 else (en + " Ltd" if r < 0.75 else lat.title().replace("Bam", "Ltd"))
        if name.upper() in _names:
            continue
        return add_customer("IL", name, he, lat, currs)
    raise RuntimeError


def gen_gr(currs):
    for _ in range(200):
        el_k, lat_k, en_k = pick(GR_KINDS)
        el_s, lat_s = pick(GR_SURN)
        el_p, lat_p = pick(GR_PLACES)
        el_f, lat_f = pick(GR_FORMS)
        el = " ".join(x for x in (el_k, el_s, el_p, el_f) if x)
        lat = " ".join(x for x in (lat_k, lat_s, lat_p, lat_f) if x)
        name = el if R.random() < 0.5 else lat
        if name.upper() in _names:
            continue
        return add_customer("GR", name, el, lat, currs)
    raise RuntimeError


def gen_cy(currs):
    for _ in range(200):
        en_k, el_k = pick(CY_KINDS)
        if R.random() < 0.5:
            p_en, p_el = pick(CY_PLACES)
            lat = "%s %s LTD" % (p_en, en_k)
            el = "%s %s ΛΤΔ" % (el_k, p_el)
        else:
            sn = pick(CY_SURN)
            lat = "%s %s LTD" % (sn, en_k)
            el = None
        name = lat.title().replace("Ltd", "Ltd") if R.random() < 0.6 else lat
        if name.upper() in _names:
            continue
        return add_customer("CY", name, el, lat, currs)
    raise RuntimeError


def build_customers():
    # hospital groups (HQ pays lumps for member sites)
    groups = []
    g = add_customer("IL", "Shalva Health Network Ltd", "רשת בריאות שלווה בע\"מ", "RESHET BRIUT SHALVA BAM",
                     ["ILS"], kind="group")
    groups.append(g)
    for he_p, lat_p in [("חולון", "HOLON"), ("נתניה", "NETANYA"), ("באר שבע", "BEER SHEVA"),
                        ("עפולה", "AFULA"), ("מודיעין", "MODIIN")]:
        add_customer("IL", "Shalva Health - %s Branch" % lat_p.title(), "רשת בריאות שלווה סניף %s" % he_p,
                     "RESHET BRIUT SHALVA SNIF %s" % lat_p, ["ILS"], group=g["id"], kind="member")
    g = add_customer("IL", "Migdal Or Medical Group Ltd", "קבוצת מגדל אור רפואה בע\"מ", "KVUTZAT MIGDAL OR REFUA BAM",
                     ["ILS", "USD"], kind="group")
    groups.append(g)
    for he_p, lat_p in [("חיפה", "HAIFA"), ("נהריה", "NAHARIYA"), ("נצרת", "NAZARETH"), ("אילת", "EILAT")]:
        add_customer("IL", "Migdal Or Hospital %s" % lat_p.title(), "בית חולים מגדל אור %s" % he_p,
                     "BEIT HOLIM MIGDAL OR %s" % lat_p, ["ILS", "USD"], group=g["id"], kind="member")
    g = add_customer("GR", "ΟΜΙΛΟΣ ΚΛΙΝΙΚΩΝ ΑΙΓΑΙΟΝ Α.Ε.", "ΟΜΙΛΟΣ ΚΛΙΝΙΚΩΝ ΑΙΓΑΙΟΝ Α.Ε.", "OMILOS KLINIKON AIGAION AE",
                     ["EUR"], kind="group")
    groups.append(g)
    for el_p, lat_p in [("ΠΕΙΡΑΙΑ", "PEIRAIA"), ("ΠΑΤΡΩΝ", "PATRON"), ("ΗΡΑΚΛΕΙΟΥ", "IRAKLEIOU"),
                        ("ΛΑΡΙΣΑΣ", "LARISAS")]:
        add_customer("GR", "ΚΛΙΝΙΚΗ ΑΙΓΑΙΟΝ %s" % el_p, "ΚΛΙΝΙΚΗ ΑΙΓΑΙΟΝ %s" % el_p,
                     "KLINIKI AIGAION %s" % lat_p, ["EUR"], group=g["id"], kind="member")
    g = add_customer("CY", "Troodos Healthcare Group Ltd", "ΟΜΙΛΟΣ ΥΓΕΙΑΣ ΤΡΟΟΔΟΣ ΛΤΔ", "TROODOS HEALTHCARE GROUP LTD",
                     ["EUR", "USD"], kind="group")
    groups.append(g)
    for p_en, p_el in [("NICOSIA", "ΛΕΥΚΩΣΙΑ"), ("LIMASSOL", "ΛΕΜΕΣΟΣ"), ("LARNACA", "ΛΑΡΝΑΚΑ"), ("PAPHOS", "ΠΑΦΟΣ")]:
        add_customer("CY", "Troodos Clinic %s Ltd" % p_en.title(), "ΚΛΙΝΙΚΗ ΤΡΟΟΔΟΣ %s ΛΤΔ" % p_el,
                     "TROODOS CLINIC %s LTD" % p_en, ["EUR", "USD"], group=g["id"], kind="member")
    # public hospitals in Greece (pay late, withhold 4% income tax + levies)
    for el_p, lat_p in [("ΒΟΛΟΥ", "VOLOU"), ("ΚΟΖΑΝΗΣ", "KOZANIS"), ("ΧΑΝΙΩΝ", "CHANION"), ("ΚΑΛΑΜΑΤΑΣ", "KALAMATAS")]:
        add_customer("GR", "ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ %s - ΠΡΟΜΗΘΕΙΕΣ" % el_p, "ΓΕΝ ΝΟΣΟΚΟΜΕΙΟ %s" % el_p,
                     "GENIKO NOSOKOMEIO %s" % lat_p, ["EUR"], kind="public")
    # twin-named customers (truncated bank names fit both)
    add_customer("IL", "Hadar Dental Clinic Haifa Ltd", "מרפאת שיניים הדר חיפה בע\"מ", "MIRPAAT SHINAYIM HADAR HAIFA BAM",
                 ["ILS"], kind="twin")
    add_customer("IL", "Hadar Dental Clinic Holon Ltd", "מרפאת שיניים הדר חולון בע\"מ", "MIRPAAT SHINAYIM HADAR HOLON BAM",
                 ["ILS"], kind="twin")
    add_customer("GR", "ODONTIATREIO PAPADOPOULOU THESSALONIKIS", "ΟΔΟΝΤΙΑΤΡΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ ΘΕΣΣΑΛΟΝΙΚΗΣ",
                 "ODONTIATREIO PAPADOPOULOU THESSALONIKIS", ["EUR"], kind="twin")
    add_customer("GR", "ODONTIATREIO PAPADOPOULOU THIVON", "ΟΔΟΝΤΙΑΤΡΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ ΘΗΒΩΝ",
                 "ODONTIATREIO PAPADOPOULOU THIVON", ["EUR"], kind="twin")
    add_customer("CY", "Limassol Dental Care Ltd", "ΟΔΟΝΤΙΑΤΡΙΚΗ ΦΡΟΝΤΙΔΑ ΛΕΜΕΣΟΣ ΛΤΔ", "LIMASSOL DENTAL CARE LTD",
                 ["EUR"], kind="twin")
    add_customer("CY", "Limassol Dental Care Centre Ltd", None, "LIMASSOL DENTAL CARE CENTRE LTD",
                 ["EUR"], kind="twin")
    while sum(1 for c in CUSTOMERS if c["country"] == "IL") < 130:
        gen_il(["ILS", "USD"] if R.random() < 0.12 else ["ILS"])
    while sum(1 for c in CUSTOMERS if c["country"] == "GR") < 95:
        gen_gr(["EUR", "USD"] if R.random() < 0.05 else ["EUR"])
    while sum(1 for c in CUSTOMERS if c["country"] == "CY") < 75:
        gen_cy(["EUR", "USD"] if R.random() < 0.12 else ["EUR"])
    return groups


# ---------------------------------------------------------------- invoices
INVOICES = []
FIRST_PAY = date(2026, 1, 5)
LAST_PAY = date(2026, 3, 27)
NUM_PREFIX = {"IL": "EMI-", "CY": "EMC-", "GR": "EMG-"}
NUM_START = {"IL": 418000, "CY": 527000, "GR": 633000}


def rand_amount(cur, lo=None, hi=None, big=False):
    if cur == "ILS":
        lo, hi = lo or 350, hi or (90000 if big else 28000)
    elif cur == "EUR":
        lo, hi = lo or 90, hi or (24000 if big else 7500)
    else:
        lo, hi = lo or 250, hi or (30000 if big else 9000)
    # log-uniform-ish
    x = lo * (hi / lo) ** R.random()
    return q(D(int(x * 100)) / 100)


def due_for(c, issue):
    if c["country"] == "IL":   # "shotef + 60/90": end of month + N days
        nxt = (issue.replace(day=28) + timedelta(days=4)).replace(day=1)
        return nxt - timedelta(days=1) + timedelta(days=pick([30, 60, 90]))
    if c["kind"] == "public":
        return issue + timedelta(days=120)
    return issue + timedelta(days=pick([30, 45, 60]))


def new_inv(c, cur, amount, issue=None, balance=None, block=None):
    if issue is None:
        issue = date(2025, 9, 1) + timedelta(days=R.randrange(0, 200))
    inv = {"id": rid("inv_"), "number": None, "customer_id": c["id"], "customer_name": c["name"],
           "currency": cur, "total": q(amount), "balance": q(amount if balance is None else balance),
           "issue_date": issue, "due_date": due_for(c, issue), "_c": c, "_block": block or rid("blk", 6),
           "_seq": len(INVOICES)}
    INVOICES.append(inv)
    return inv


def number_invoices():
    """Numbers follow issue date per country series; a block (same day) gets consecutive numbers."""
    for country in ("IL", "CY", "GR"):
        invs = [i for i in INVOICES if i["_c"]["country"] == country]
        invs.sort(key=lambda i: (i["issue_date"], i["_block"], i["_seq"]))
        n = NUM_START[country]
        prev_block = None
        for i in invs:
            if i["_block"] != prev_block:
                n += R.randrange(1, 6)
            else:
                n += 1
            prev_block = i["_block"]
            i["_n"] = n
            i["number"] = NUM_PREFIX[country] + str(n)


def filler_invoices():
    for c in CUSTOMERS:
        k = {"group": 4, "member": 5, "public": 7}.get(c["kind"], R.randrange(1, 6))
        for _ in range(k):
            cur = c["currencies"][0] if (len(c["currencies"]) == 1 or R.random() < 0.75) else c["currencies"][1]
            amt = rand_amount(cur, big=c["kind"] in ("group", "member", "public"))
            bal = None
            if R.random() < 0.12:
                bal = q(amt * D(R.randrange(20, 90)) / 100)
            new_inv(c, cur, amt, balance=bal)


# ---------------------------------------------------------------- text helpers
def strip_form(x):
    for f in (" בע\"מ", " BAM", " LTD", " Ltd", " ΛΤΔ", " Α.Ε.", " Ε.Π.Ε.", " Ι.Κ.Ε.", " Ο.Ε."):
        if x.endswith(f):
            return x[: -len(f)]
    return x


def trunc(x, n):
    return x[:n].rstrip()


def bank_payer(c):
    """How a bank statement shows this customer (any script)."""
    if c["country"] == "IL":
        r = R.random()
        if r < 0.4:
            return trunc(strip_form(c["native"]), pick([16, 18, 20, 24]))
        return trunc(c["latin"], pick([20, 24, 28, 35]))
    if c["country"] == "GR":
        if R.random() < 0.55:
            return trunc(c["native"], pick([28, 35, 40]))
        return trunc(c["latin"], pick([28, 35, 40]))
    if c["native"] and R.random() < 0.25:
        return c["native"]
    return trunc(c["latin"], pick([24, 30, 35]))


def same_script_payer(c):
    """Payer name in the ledger name's script, upper-cased and truncated, that identifies one customer."""
    base = c["name"].upper()
    for n in sorted({22, 26, 30, 34, len(base)}):
        cand = trunc(base, n)
        hits = [o for o in CUSTOMERS if o["name"].upper().startswith(cand)]
        if len(hits) == 1:
            return cand
    raise RuntimeError(base)


def money(c, cur, x):
    if cur == "ILS":
        return pick(["%s ש\"ח", "₪%s", "ILS %s", "NIS %s"]) % fmt_en(x)
    if cur == "EUR" and c["country"] == "GR":
        return pick(["%s €", "€ %s", "%s EUR"]) % fmt_eu(x)
    return "%s %s" % (cur, fmt_en(x))


OURS = {"IL": ["איסטמד אספקה רפואית ודנטלית בע\"מ", "EASTMED MEDICAL & DENTAL SUPPLY LTD"],
        "GR": ["EASTMED ΙΑΤΡΙΚΑ ΚΑΙ ΟΔΟΝΤΙΑΤΡΙΚΑ ΑΝΑΛΩΣΙΜΑ", "EASTMED MEDICAL & DENTAL SUPPLY LTD"],
        "CY": ["EastMed Medical & Dental Supply Ltd"]}


def single_ref(c, cur, k=0):
    t = {
        "IL": ["חשבונית %s", "חש' %s", "ח-ן %s", "תשלום חשבונית מס %s", "INV %s", "CHESHBONIT %s", "%s",
               "זיכוי מס\"ב %s", "תשלום לספק ח-ן %s"],
        "GR": ["ΕΞΟΦΛΗΣΗ ΤΙΜ. %s", "ΠΛΗΡΩΜΗ ΤΔΑ %s", "EXOFLISI TIMOLOGIOU %s", "TIM %s", "ΤΙΜΟΛΟΓΙΟ ΑΡ %s",
               "ΕΞΟΦΛ ΤΙΜ/ΓΙΟΥ %s"],
        "CY": ["INV %s", "PAYMENT %s THANK YOU", "/RFB/%s", "INVOICE NO %s", "ΠΛΗΡΩΜΗ ΤΙΜΟΛΟΓΙΟΥ %s", "SEPA CT INV %s"],
    }[c["country"]]
    if cur == "USD":
        t = ["/INV/%s", "PMT FOR INV %s", "INVOICE %s SHA", "INV %s USD"]
    num = pick(["{N%d}" % k, "{d%d}" % k, "{d%d}" % k])
    return pick(t) % num


def multi_ref(c, ks):
    nums = [pick(["{d%d}", "{d%d}", "{N%d}"]) % k for k in ks]
    if len(ks) > 3:
        return {"IL": pick(["תשלום חשבוניות לפי פירוט", "PAYMENT AS PER ADVICE", "זיכוי מס\"ב ספקים"]),
                "GR": pick(["ΠΛΗΡΩΜΗ ΤΙΜΟΛΟΓΙΩΝ ΒΛ. ΣΥΝΗΜΜΕΝΟ", "EXOFLISI TIMOLOGION", "ΕΞΟΦΛΗΣΗ ΥΠΟΧΡΕΩΣΕΩΝ"]),
                "CY": pick(["SUPPLIER PAYMENT SEE ADVICE", "PAYMENT AS PER REMITTANCE", "INVOICES VARIOUS"])}[c["country"]]
    sep = pick([" ", ", ", "/", " + "])
    head = {"IL": pick(["חשבוניות ", "INV ", "ח-ן ", ""]), "GR": pick(["ΤΙΜ. ", "EXOFLISI TIM ", "ΤΔΑ "]),
            "CY": pick(["INV ", "INVOICES ", ""])}[c["country"]]
    return head + sep.join(nums)


def remittance(c, cur, rows, total, extra=(), supplier_no=True, lang=None):
    """rows: (key, amount, comment) with key an int placeholder index or a literal label."""
    country = c["country"]
    lang = lang or {"IL": pick(["he", "he", "en"]), "GR": pick(["el", "el", "lat"]), "CY": pick(["en", "en", "el"])}[country]
    sup = "%d" % R.randrange(300000, 399999)
    L = []
    if lang == "he":
        L.append(pick(["הודעה על תשלום לספק", "פירוט תשלום - מס\"ב", "אישור העברה בנקאית"]))
        L.append("לכבוד: " + OURS["IL"][0])
        if supplier_no:
            L.append("מספר ספק: " + sup)
        for k, amt, com in rows:
            lab = ("חשבונית {N%d}" % k) if isinstance(k, int) else k
            L.append("%s    %s%s" % (lab, money(c, cur, amt), ("  " + com) if com else ""))
        L.extend(extra)
        L.append("סה\"כ לתשלום: " + money(c, cur, total))
    elif lang == "el":
        L.append(pick(["ΕΝΗΜΕΡΩΣΗ ΠΛΗΡΩΜΗΣ ΠΡΟΜΗΘΕΥΤΗ", "ΑΠΟΔΕΙΚΤΙΚΟ ΠΛΗΡΩΜΗΣ", "Ενημέρωση εξόφλησης"]))
        L.append("Προς: " + OURS["GR"][0])
        if supplier_no:
            L.append("Κωδ. προμηθευτή: " + sup)
        for k, amt, com in rows:
            lab = ("Τιμολόγιο {N%d}" % k) if isinstance(k, int) else k
            L.append("%s  %s%s" % (lab, money(c, cur, amt), ("  " + com) if com else ""))
        L.extend(extra)
        L.append("Σύνολο πληρωμής: " + money(c, cur, total))
    else:
        L.append(pick(["REMITTANCE ADVICE", "PAYMENT ADVICE", "Payment notification"]))
        L.append("To: " + OURS["CY"][0])
        if supplier_no:
            L.append("Vendor no. " + sup)
        for k, amt, com in rows:
            lab = ("Invoice {N%d}" % k) if isinstance(k, int) else k
            L.append("%s  %s%s" % (lab, money(c, cur, amt), ("  " + com) if com else ""))
        L.extend(extra)
        L.append("Total paid: " + money(c, cur, total))
    return "\n".join(L)


UNKNOWN_PAYERS = {"IL": ["יוסף בן עמי", "ח.ש. ייעוץ חשבונאי", "M.K. ACCOUNTING SERVICES", "SALEH A", "ORTAL LEVY",
                         "ר.א. הנהלת חשבונות"],
                  "GR": ["ΛΟΓΙΣΤΙΚΟ ΓΡΑΦΕΙΟ ΚΑΤΣΑΡΟΥ", "ΠΑΠΑΣ ΓΕΩΡΓΙΟΣ", "KOUTSOGIANNIS EMMANOUIL", "ΜΑΡΙΑ Κ."],
                  "CY": ["A. PARPAS", "CHRISTOS P.", "NICOSIA BOOKKEEPING SERVICES", "M. ELIA"]}


# ---------------------------------------------------------------- payment specs
SPECS = []


def rand_day(lo=FIRST_PAY, hi=LAST_PAY):
    return lo + timedelta(days=R.randrange(0, (hi - lo).days + 1))


def pick_cust(country=None, cur=None, kinds=("clinic",)):
    if country is None:
        country = pick(["IL"] * 9 + ["GR"] * 6 + ["CY"] * 5)
    pool = [c for c in CUSTOMERS if c["country"] == country and c["kind"] in kinds and not c.get("reserved")
            and (cur is None or cur in c["currencies"])]
    return pick(pool)


def main_cur(c):
    return c["currencies"][0] if (len(c["currencies"]) == 1 or R.random() < 0.8) else c["currencies"][1]


def sinv(c, cur, amount, d, balance=None, block=None, back=(25, 160)):
    if c["kind"] == "public":
        back = (150, 320)
    return new_inv(c, cur, amount, issue=d - timedelta(days=R.randrange(*back)), balance=balance, block=block)


def spec(c, cur, amount, d, *, invs=(), payer=None, cid=True, ref=None, rem=None, status, apps=(),
         unapplied=None, short=None, cands=(), reason, scen, note, **extra):
    sp = {"date": d, "currency": cur, "amount": q(amount) if amount is not None else None,
          "payer": payer if payer is not None else bank_payer(c),
          "cid": (c["id"] if cid is True else cid), "ref": ref, "rem": rem, "invs": list(invs),
          "status": status, "apps": list(apps),
          "unapplied": (q(amount - sum((a for _, a in apps), D(0))) if unapplied is None else q(unapplied))
          if amount is not None else None,
          "short": (short[0], q(short[1]), short[2]) if short else None,
          "cands": cands, "reason": reason, "scenario": scen, "note": note, "seq": len(SPECS)}
    sp.update(extra)
    SPECS.append(sp)
    return sp


def sc_ref_exact(n):
    for i in range(n):
        if i % 8 == 7:
            c = pick_cust(pick(["IL", "CY"]), cur="USD", kinds=("clinic", "member"))
            cur = "USD"
        else:
            c = pick_cust(kinds=("clinic", "twin", "public"))
            cur = main_cur(c)
        d = rand_day()
        amt = rand_amount(cur)
        bal = None
        note = "single invoice named in the bank reference, exact open balance"
        if R.random() < 0.15:
            bal = q(amt * D(R.randrange(30, 80)) / 100)
            note = "invoice already part-paid before this file: the payment equals the open balance, not the total"
        inv = sinv(c, cur, amt, d, balance=bal)
        pay_amt = inv["balance"]
        cid = c["id"] if R.random() < 0.6 else None
        rem = None
        ref = single_ref(c, cur)
        if c["country"] == "IL" and R.random() < 0.2:
            chq = "%08d" % R.randrange(10000000, 89999999)
            ref = pick(["הפקדת שיק %s", "CHQ DEP %s", "שיק %s"]) % chq
            rem = pick(["מצ\"ב שיק מס' %s לתשלום חשבונית {d0}." % chq.lstrip("0"),
                        "Cheque no. %s enclosed in payment of invoice {N0}." % chq.lstrip("0")])
            note = "cheque deposit; the cheque number is not an invoice, the cover letter names it"
        elif R.random() < 0.3:
            rem = remittance(c, cur, [(0, pay_amt, "")], pay_amt)
        if c["country"] == "IL" and pay_amt > 50000 and R.random() < 0.7:
            ref = "ZAHAV " + ref
        spec(c, cur, pay_amt, d, invs=[inv], cid=cid, ref=ref, rem=rem, status="applied",
             apps=[(inv, pay_amt)], reason="reference {N0} and exact open balance", scen="ref_exact", note=note)


def sc_ref_multi(n):
    for i in range(n):
        if i % 10 == 9:
            c = pick_cust(pick(["IL", "CY"]), cur="USD", kinds=("clinic", "member"))
            cur = "USD"
        else:
            c = pick_cust(kinds=("clinic", "twin", "public"))
            cur = main_cur(c)
        d = rand_day()
        k = pick([2, 2, 2, 3, 3, 4, 5, 6])
        invs = [sinv(c, cur, rand_amount(cur), d) for _ in range(k)]
        tot = sum(i["balance"] for i in invs)
        ref = multi_ref(c, range(k))
        rem = None
        if k > 3 or R.random() < 0.5:
            rem = remittance(c, cur, [(j, inv["balance"], "") for j, inv in enumerate(invs)], tot)
        spec(c, cur, tot, d, invs=invs, cid=c["id"] if R.random() < 0.6 else None, ref=ref, rem=rem,
             status="applied", apps=[(inv, inv["balance"]) for inv in invs],
             reason="%d invoices listed, amounts add up exactly" % k, scen="ref_multi",
             note="list of %d invoices in %s; sum equals the payment" % (k, "the remittance" if rem else "the bank reference"))


def sc_ref_range(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic", "public", "member"))
        cur = c["currencies"][0]
        d = rand_day()
        k = pick([3, 3, 4, 5])
        blk = rid("rng", 6)
        issue = d - timedelta(days=R.randrange(30, 120))
        invs = [new_inv(c, cur, rand_amount(cur), issue=issue, block=blk) for _ in range(k)]
        tot = sum(i["balance"] for i in invs)
        last = k - 1
        ref = {"IL": pick(["חשבוניות {d0}-{d%d}", "ח-ן {d0} עד {d%d}", "INV {d0}-{d%d}"]),
               "GR": pick(["ΤΙΜ. {d0} ΕΩΣ {d%d}", "ΕΞΟΦΛΗΣΗ ΤΙΜ {d0}-{d%d}", "TIM {d0} - {d%d}"]),
               "CY": pick(["INV {d0}-{d%d}", "INVOICES {N0} TO {N%d}", "INV {d0} THRU {d%d}"])}[c["country"]] % last
        spec(c, cur, tot, d, invs=invs, cid=c["id"] if R.random() < 0.5 else None, ref=ref, rem=None,
             status="applied", apps=[(inv, inv["balance"]) for inv in invs],
             reason="range {N0} to {N%d} (%d consecutive invoices of this customer), sum exact" % (last, k),
             scen="ref_range", note="invoice range written as first-last; every number in it is this customer's open invoice")


GENERIC_REF = {"IL": ["תשלום לספק", "זיכוי מס\"ב", "העברה בנקאית", "MASAV ZIKUI", "תשלום", "PAYMENT"],
               "GR": ["ΠΛΗΡΩΜΗ ΠΡΟΜΗΘΕΥΤΗ", "ΕΞΟΦΛΗΣΗ", "ΜΕΤΑΦΟΡΑ", "PLIROMI", "ΚΑΤΑΘΕΣΗ"],
               "CY": ["SUPPLIER PAYMENT", "PAYMENT", "SEPA CT", "TRANSFER", "ΠΛΗΡΩΜΗ"]}


def own_open_amounts(c, cur):
    return [i["balance"] for i in INVOICES if i["_c"] is c and i["currency"] == cur]


def fresh_amount(c, cur, avoid=()):
    while True:
        a = rand_amount(cur)
        if a not in own_open_amounts(c, cur) and a not in avoid:
            return a


def sc_amount_unique(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic", "public"))
        cur = c["currencies"][0]
        d = rand_day()
        inv = sinv(c, cur, fresh_amount(c, cur), d)
        for _ in range(R.randrange(1, 3)):
            sinv(c, cur, fresh_amount(c, cur, [inv["balance"]]), d)
        by_id = R.random() < 0.7
        payer = bank_payer(c) if by_id else same_script_payer(c)
        ref = pick(GENERIC_REF[c["country"]] + [None, None])
        spec(c, cur, inv["balance"], d, invs=[inv], payer=payer, cid=c["id"] if by_id else None, ref=ref,
             status="applied", apps=[(inv, inv["balance"])],
             reason="no invoice reference; amount equals one open invoice of the customer ({N0})",
             scen="amount_unique",
             note="customer known by %s; exactly one open invoice of it has this balance" % (
                 "customer_id" if by_id else "its payer name"), check_unique_amount=True)


def sc_amount_twins(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        a = fresh_amount(c, cur)
        i1 = sinv(c, cur, a, d, back=(60, 110))
        i2 = sinv(c, cur, a, d, back=(20, 55))
        spec(c, cur, a, d, invs=[i1, i2], cid=c["id"], ref=pick(GENERIC_REF[c["country"]] + [None]),
             status="review", cands=[[i1], [i2]],
             reason="two open invoices ({N0}, {N1}) have exactly this balance and nothing names one",
             scen="amount_twins", note="monthly standing order: two invoices of the same amount; older first")


def dedicated_customer(country):
    c = {"IL": lambda: gen_il(["ILS"]), "GR": lambda: gen_gr(["EUR"]), "CY": lambda: gen_cy(["EUR"])}[country]()
    c["reserved"] = True
    return c


def sc_statement_lump(n):
    for i in range(n):
        c = dedicated_customer(pick(["IL", "IL", "GR", "CY"]))
        cur = c["currencies"][0]
        d = rand_day()
        invs = [sinv(c, cur, rand_amount(cur), d) for _ in range(R.randrange(2, 6))]
        tot = sum(i["balance"] for i in invs)
        ref = {"IL": pick(["סגירת יתרה", "תשלום יתרה לפי כרטסת", "BALANCE PAYMENT", None]),
               "GR": pick(["ΕΞΟΦΛΗΣΗ ΥΠΟΛΟΙΠΟΥ", "ΥΠΟΛΟΙΠΟ ΚΑΡΤΕΛΑΣ", "EXOFLISI YPOLOIPOU", None]),
               "CY": pick(["STATEMENT BALANCE", "AS PER STATEMENT", "CLEAR ACCOUNT", None])}[c["country"]]
        spec(c, cur, tot, d, invs=invs, cid=c["id"], ref=ref, status="applied",
             apps=[(inv, inv["balance"]) for inv in invs],
             reason="amount equals the customer's whole open balance (%d invoices)" % len(invs),
             scen="statement_lump", note="pays the full statement; no list, but the total of all its open invoices is exact")


def sc_group_lump(n):
    groups = [c for c in CUSTOMERS if c["kind"] == "group"]
    for i in range(n):
        g = groups[i % len(groups)]
        members = [c for c in CUSTOMERS if c["group"] == g["id"]]
        cur = g["currencies"][0]
        d = rand_day()
        invs = []
        ms = R.sample(members, R.randrange(1, min(4, len(members)) + 1))
        for m in ms:
            for _ in range(R.randrange(1, 4)):
                invs.append(sinv(m, cur, rand_amount(cur, big=True), d))
        if R.random() < 0.3:
            invs.append(sinv(g, cur, rand_amount(cur, big=True), d))
        tot = sum(x["balance"] for x in invs)
        rows = []
        for j, x in enumerate(invs):
            site = strip_form(x["_c"]["native"] if g["country"] != "CY" else x["_c"]["latin"])
            rows.append((j, x["balance"], site if R.random() < 0.6 else ""))
        rem = remittance(g, cur, rows, tot)
        ref = multi_ref(g, range(len(invs))) if len(invs) <= 3 else multi_ref(g, range(9))
        if g["country"] == "IL" and tot > 50000:
            ref = "ZAHAV " + ref
        spec(g, cur, tot, d, invs=invs, cid=None, ref=ref, rem=rem,
             status="applied", apps=[(x, x["balance"]) for x in invs],
             reason="group head office pays the invoices listed in its advice (%d invoice(s), %d customer(s)); sum exact" % (
                 len(invs), len({x["customer_id"] for x in invs})),
             scen="group_lump", note="hospital group lump across member customers, listed in the remittance")


def sc_group_noadvice(n):
    groups = [c for c in CUSTOMERS if c["kind"] == "group"]
    for i in range(n):
        g = groups[i % len(groups)]
        members = [c for c in CUSTOMERS if c["group"] == g["id"]]
        m = pick(members)
        cur = g["currencies"][0]
        d = rand_day()
        invs = [sinv(m, cur, rand_amount(cur, big=True), d) for _ in range(R.randrange(2, 4))]
        tot = sum(x["balance"] for x in invs)
        mm = (d.month - 2) % 12 + 1
        ref = {"IL": "תשלום ספקים %02d/2026" % mm if mm < 12 else "תשלום ספקים 12/2025",
               "GR": "ΠΛΗΡΩΜΗ ΠΡΟΜΗΘΕΥΤΩΝ ΜΗΝΟΣ %02d" % mm,
               "CY": "SUPPLIER RUN %02d" % mm}[g["country"]]
        spec(g, cur, tot, d, invs=invs, cid=g["id"] if R.random() < 0.5 else None, ref=ref, rem=None,
             status="review", cands=[invs],
             reason="group lump with no advice; it equals %d invoices of one site ({N0}...) but other site "
                    "invoices are open too" % len(invs),
             scen="group_noadvice",
             note="a subset of one member's invoices adds up exactly, but nothing says so: review, that set as the candidate")


def sc_wht_short(n):
    for i in range(n):
        if i % 3 == 2:
            c = pick_cust("GR", kinds=("public",))
            cur = "EUR"
            d = rand_day()
            inv = sinv(c, cur, rand_amount(cur, 800, 24000), d)
            t = inv["balance"]
            net = q(t / D("1.24"))
            tax = q(net * D("0.04"))
            lev = q(net * D("0.0014"))
            paid = t - tax - lev
            ded = tax + lev
            rem = "\n".join([
                pick(["ΧΕΠ %d/2026" % R.randrange(100, 2400), "ΑΡ. ΕΝΤΑΛΜΑΤΟΣ 2026/%04d" % R.randrange(1, 3000)]),
                "Δικαιούχος: " + OURS["GR"][0],
                "Τιμολόγιο {N0}  Αξία %s" % money(c, cur, t),
                "Καθαρή αξία (προ ΦΠΑ): %s" % money(c, cur, net),
                "Παρακράτηση φόρου εισοδήματος 4%%: %s" % money(c, cur, tax),
                "Κρατήσεις υπέρ τρίτων: %s" % money(c, cur, lev),
                "Πληρωτέο: %s" % money(c, cur, paid)])
            ref = pick(["ΕΞΟΦΛΗΣΗ ΤΙΜ. {d0}", "ΧΕΠ ΤΙΜ {d0}", "GNV PLIROMI TIM {d0}"])
            spec(c, cur, paid, d, invs=[inv], cid=c["id"], ref=ref, rem=rem, status="partial",
                 apps=[(inv, paid)], short=(inv, ded, "withholding tax"),
                 reason="invoice {N0} paid net of 4% income-tax withholding and levies",
                 scen="wht_short", note="Greek public hospital: 4% withholding on the pre-VAT value plus levies")
        else:
            c = pick_cust("IL", kinds=("clinic", "member"))
            cur = "ILS"
            d = rand_day()
            inv = sinv(c, cur, rand_amount(cur, 1500, 60000), d)
            t = inv["balance"]
            rate = pick([D(2), D(3), D(5), D(7), D(20)])
            ded = q(t * rate / 100)
            paid = t - ded
            if R.random() < 0.6:
                rem = remittance(c, cur, [(0, t, "")], paid,
                                 extra=["ניכוי מס במקור %s%%: %s" % (rate, money(c, cur, ded))], lang="he")
            else:
                rem = remittance(c, cur, [(0, t, "")], paid,
                                 extra=["LESS WITHHOLDING TAX (NIKUI BAMAKOR) %s%%  -%s" % (rate, fmt_en(ded))], lang="en")
            spec(c, cur, paid, d, invs=[inv], cid=c["id"] if R.random() < 0.6 else None, ref=single_ref(c, cur),
                 rem=rem, status="partial", apps=[(inv, paid)], short=(inv, ded, "withholding tax"),
                 reason="invoice {N0} paid less %s%% withholding tax (nikui bamakor)" % rate,
                 scen="wht_short", note="Israeli withholding at source stated in the advice; deduction case opens")


SHORT_REASONS = [
    ("damaged goods", {"IL": "קיזוז סחורה פגומה (כפפות ניטריל)", "GR": "ΣΥΜΨΗΦΙΣΜΟΣ ΚΑΤΕΣΤΡΑΜΜΕΝΩΝ ΕΙΔΩΝ",
                       "CY": "less damaged items - 2 boxes nitrile gloves"}),
    ("expired goods", {"IL": "פריטים שפג תוקפם - הוחזרו", "GR": "ΛΗΓΜΕΝΑ ΠΡΟΪΟΝΤΑ (ΡΗΤΙΝΗ)",
                       "CY": "expired composite syringes returned"}),
    ("price difference", {"IL": "הפרש מחיר לפי הסכם מסגרת", "GR": "ΔΙΑΦΟΡΑ ΤΙΜΗΣ ΣΥΜΦΩΝΑ ΜΕ ΣΥΜΒΑΣΗ",
                          "CY": "price difference vs agreed price list"}),
    ("missing items", {"IL": "חוסר באספקה - 3 קרטונים", "GR": "ΕΛΛΕΙΨΗ ΤΕΜΑΧΙΩΝ ΣΤΗΝ ΠΑΡΑΛΑΒΗ",
                       "CY": "short delivery, 3 cartons of masks not received"}),
    ("early payment discount", {"IL": "הנחת תשלום מוקדם 2%", "GR": "ΕΚΠΤΩΣΗ ΤΟΙΣ ΜΕΤΡΗΤΟΙΣ 2%",
                                "CY": "2% prompt payment discount taken"}),
]


def sc_other_short(n):
    for i in range(n):
        if i % 6 == 5:   # USD wire with charges deducted
            c = pick_cust(cur="USD", country=pick(["IL", "CY"]), kinds=("clinic", "member"))
            cur = "USD"
            d = rand_day()
            inv = sinv(c, cur, rand_amount(cur), d)
            ded = pick([D(15), D(20), D(25), D(35)])
            paid = inv["balance"] - ded
            ref = pick(["/INV/{N0}/CHGS USD%s" % int(ded), "INV {d0} LESS BANK CHGS %s" % int(ded)])
            spec(c, cur, paid, d, invs=[inv], cid=c["id"] if R.random() < 0.5 else None, ref=ref, rem=None,
                 status="partial", apps=[(inv, paid)], short=(inv, q(ded), "bank charges"),
                 reason="invoice {N0} paid less USD %s bank charges" % int(ded), scen="other_short",
                 note="incoming USD wire, intermediary charges deducted and stated in the reference")
            continue
        code, texts = SHORT_REASONS[i % len(SHORT_REASONS)]
        c = pick_cust(kinds=("clinic", "member"))
        cur = c["currencies"][0]
        d = rand_day()
        inv = sinv(c, cur, rand_amount(cur, big=True), d)
        t = inv["balance"]
        if code == "early payment discount":
            ded = q(t * D("0.02"))
        else:
            ded = q(t * D(R.randrange(3, 30)) / 100)
        paid = t - ded
        lang = {"IL": pick(["he", "he", "en"]), "GR": pick(["el", "el", "lat"]), "CY": pick(["en", "en", "el"])}[c["country"]]
        txt = texts[c["country"]] if lang in ("he", "el") or c["country"] == "CY" else texts["CY"]
        if c["country"] == "CY" and lang == "el":
            lang = "en"
        rem = remittance(c, cur, [(0, t, ""), (txt, -ded, "")], paid, lang=lang)
        spec(c, cur, paid, d, invs=[inv], cid=c["id"] if R.random() < 0.6 else None, ref=single_ref(c, cur),
             rem=rem, status="partial", apps=[(inv, paid)], short=(inv, ded, code),
             reason="invoice {N0} short paid: %s" % code, scen="other_short",
             note="deduction stated in the remittance (%s)" % code)


def sc_unexplained_short(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        inv = sinv(c, cur, rand_amount(cur, big=True), d)
        ded = q(inv["balance"] * D(R.randrange(4, 15)) / 100) + D("0.37")
        paid = inv["balance"] - ded
        spec(c, cur, paid, d, invs=[inv], cid=c["id"], ref=single_ref(c, cur), rem=None, status="partial",
             apps=[(inv, paid)], short=(inv, ded, "unexplained shortfall"),
             reason="reference {N0}; paid less than the balance with no reason given",
             scen="unexplained_short",
             note="our convention: an unexplained shortfall on a named invoice is a short pay (deduction case), not a part payment")


def sc_part_payment(n, n_followup):
    for i in range(n):
        c = pick_cust(kinds=("clinic", "public"))
        cur = c["currencies"][0]
        d = rand_day(hi=LAST_PAY - timedelta(days=25))
        inv = sinv(c, cur, rand_amount(cur, big=True), d)
        t = inv["balance"]
        k = pick([2, 3, 4])
        first = q((t / k).to_integral_value())
        ref = {"IL": pick(["תשלום 1 מתוך %d ח-ן {d0}" % k, "תשלום על חשבון ח-ן {d0}", "ON ACCOUNT INV {d0}"]),
               "GR": pick(["ΕΝΑΝΤΙ ΤΙΜ. {d0}", "ΠΛΗΡΩΜΗ ΕΝΑΝΤΙ ΤΙΜΟΛΟΓΙΟΥ {d0}", "ENANTI TIM {d0}"]),
               "CY": pick(["PART PAYMENT INV {N0}", "ON ACCOUNT {N0} 1/%d" % k, "INSTALMENT 1 OF %d INV {d0}" % k])}[c["country"]]
        spec(c, cur, first, d, invs=[inv], cid=c["id"] if R.random() < 0.6 else None, ref=ref, rem=None,
             status="partial", apps=[(inv, first)],
             reason="stated part payment of {N0}; the rest stays open", scen="part_payment",
             note="instalment / on-account payment announced in the reference: partial, no short pay")
        if i < n_followup:
            d2 = d + timedelta(days=R.randrange(7, 24))
            rest = t - first
            ref2 = {"IL": pick(["יתרת חשבונית {d0}", "BALANCE INV {d0}"]),
                    "GR": pick(["ΥΠΟΛΟΙΠΟ ΤΙΜ. {d0}", "EXOFLISI YPOLOIPOU TIM {d0}"]),
                    "CY": pick(["BALANCE OF INV {N0}", "FINAL PAYMENT {N0}"])}[c["country"]]
            spec(c, cur, rest, d2, invs=[inv], cid=c["id"], ref=ref2, rem=None, status="applied",
                 apps=[(inv, rest)], reason="pays the remaining balance of {N0} after the earlier part payment",
                 scen="part_followup", note="second instalment equals what the earlier payment in this file left open")


def sc_overpay(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic", "public"))
        cur = c["currencies"][0]
        d = rand_day()
        amt = rand_amount(cur)
        if i % 2 == 0:
            inv = sinv(c, cur, amt, d, balance=q(amt * D(R.randrange(40, 85)) / 100))
            paid = inv["total"]
            note = "invoice was already part-paid; customer pays the full invoice total again"
        else:
            inv = sinv(c, cur, amt, d)
            paid = inv["balance"] + pick([D("100.00"), D("0.50"), q(inv["balance"] * D("0.17")), D("1000.00")])
            note = "pays more than the open balance of the named invoice"
        spec(c, cur, paid, d, invs=[inv], cid=c["id"], ref=single_ref(c, cur), rem=None, status="unapplied",
             apps=[(inv, inv["balance"])], unapplied=paid - inv["balance"],
             reason="{N0} closed; remainder held as unapplied cash", scen="overpay", note=note,
             check_no_other_match=True)


def sc_duplicate(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day(hi=LAST_PAY - timedelta(days=10))
        inv = sinv(c, cur, fresh_amount(c, cur), d)
        ref = single_ref(c, cur)
        payer = bank_payer(c)
        spec(c, cur, inv["balance"], d, invs=[inv], payer=payer, cid=c["id"], ref=ref, rem=None,
             status="applied", apps=[(inv, inv["balance"])], reason="reference {N0} and exact open balance",
             scen="ref_exact", note="first of two payments of the same invoice")
        d2 = d + timedelta(days=R.randrange(2, 10))
        spec(c, cur, inv["balance"], d2, invs=[inv], payer=payer, cid=c["id"], ref=ref, rem=None,
             status="unapplied", unapplied=inv["balance"],
             reason="{N0} was already paid earlier in this file; held as unapplied cash",
             scen="duplicate_payment", note="same customer pays the same invoice again a few days later",
             check_no_other_match=True)


def sc_ref_not_found(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        old = NUM_START[c["country"]] - R.randrange(2000, 9000)
        ref = single_ref(c, cur).replace("{N0}", "{d0}").replace("{d0}", str(old))
        spec(c, cur, fresh_amount(c, cur), d, cid=c["id"], ref=ref, rem=None, status="unapplied",
             unapplied=None, reason="invoice %d is not open; no open invoice fits; held on account" % old,
             scen="ref_not_found", note="names an old invoice that is not in the open list (already settled)",
             check_no_other_match=True)


def sc_no_fit(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        spec(c, cur, fresh_amount(c, cur), d, cid=c["id"], ref=pick(GENERIC_REF[c["country"]] + [None]),
             rem=None, status="unapplied", unapplied=None,
             reason="known customer; amount fits no open invoice and no reference; held on account",
             scen="no_fit", note="customer_id given, nothing to apply to", check_no_other_match=True)


def sc_unknown_payer(n_match, n_nomatch):
    for i in range(n_match + n_nomatch):
        country = pick(["IL", "GR", "CY"])
        c = pick_cust(country, kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        payer = pick(UNKNOWN_PAYERS[country])
        ref = pick([None, None] + GENERIC_REF[country])
        if i < n_match:
            inv = sinv(c, cur, fresh_amount(c, cur), d)
            spec(c, cur, inv["balance"], d, invs=[inv], payer=payer, cid=None, ref=ref, rem=None,
                 status="review", cands="AMOUNT_ALL",
                 reason="payer not a known customer; the amount equals the balance of {N0} only",
                 scen="unknown_payer_match",
                 note="third party (person / bookkeeper) pays without a reference: a candidate, not a certainty",
                 expect_cands=1)
        else:
            spec(c, cur, fresh_amount(c, cur), d, payer=payer, cid=None, ref=ref, rem=None,
                 status="review", cands="AMOUNT_ALL",
                 reason="payer not a known customer, no reference, no invoice has this balance",
                 scen="unknown_payer_nomatch", note="nothing to go on: review with no candidates", expect_cands=0)


def sc_cross_currency(n):
    for i in range(n):
        country = pick(["IL", "IL", "CY", "GR"])
        pool = [c for c in CUSTOMERS if c["country"] == country and c["kind"] == "clinic"
                and c["currencies"] == (["ILS"] if country == "IL" else ["EUR"]) and not c.get("reserved")]
        c = pick(pool)
        cur = c["currencies"][0]
        d = rand_day()
        inv = sinv(c, cur, rand_amount(cur), d)
        pcur = "USD" if country == "IL" or R.random() < 0.5 else ("ILS" if False else "USD")
        if country == "IL" and R.random() < 0.4:
            pcur = "EUR"
        rate = {"ILS": {"USD": D("3.62"), "EUR": D("3.94")}, "EUR": {"USD": D("0.92")}}[cur][pcur]
        paid = q(inv["balance"] / rate)
        spec(c, cur, paid, d, invs=[inv], cid=c["id"], ref=single_ref(c, cur), rem=None, status="review",
             cands=[], reason="reference {N0} is an invoice in %s but the payment is in %s; never applied across "
                              "currencies" % (cur, pcur),
             scen="cross_currency", note="converted amount paid in another currency; no open %s invoice of this "
                                          "customer, so no candidates" % pcur, pay_currency=pcur)


def sc_ref_conflict(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        x = sinv(c, cur, fresh_amount(c, cur), d)
        y = sinv(c, cur, fresh_amount(c, cur, [x["balance"]]), d)
        if y["balance"] < x["balance"]:
            x, y = y, x
        # reference names x (smaller); amount equals y exactly
        spec(c, cur, y["balance"], d, invs=[x, y], cid=c["id"], ref=single_ref(c, cur, 0), rem=None,
             status="review", cands=[[y], [x]],
             reason="reference says {N0} but the amount is exactly the balance of {N1}",
             scen="ref_conflict",
             note="two readings: a wrong reference (exact amount of {N1}) or an overpayment of {N0}; exact amount first")


def sc_ref_typo(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        y = sinv(c, cur, fresh_amount(c, cur), d)
        sinv(c, cur, fresh_amount(c, cur, [y["balance"]]), d)
        ref = pick({"IL": ["חשבונית {t0}", "INV {t0}"], "GR": ["ΕΞΟΦΛΗΣΗ ΤΙΜ. {t0}", "TIM {t0}"],
                    "CY": ["INV {t0}", "INVOICE NO {t0}"]}[c["country"]])
        spec(c, cur, y["balance"], d, invs=[y], cid=c["id"], ref=ref, rem=None, status="applied",
             apps=[(y, y["balance"])],
             reason="reference {t0} does not exist (transposed digits of {d0}); exact balance of {N0}",
             scen="ref_typo", note="two adjacent digits swapped; the number exists nowhere, the amount fits one "
                                   "invoice of this known customer", check_unique_amount=True)


def sc_ref_other_customer(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        o = pick([x for x in CUSTOMERS if x["country"] == c["country"] and x is not c and x["kind"] == "clinic"
                  and cur in x["currencies"] and not x.get("reserved") and x["group"] is None])
        d = rand_day()
        z = sinv(o, cur, fresh_amount(o, cur), d)
        spec(c, cur, z["balance"], d, invs=[z], cid=c["id"], ref=single_ref(c, cur), rem=None,
             status="review", cands=[[z]],
             reason="customer_id says one customer but {N0} belongs to another, unrelated one",
             scen="ref_other_customer", note="reference and amount fit another customer's invoice; "
                                             "the bank-given customer has no such invoice")


def sc_po_trap(n):
    for i in range(n):
        c = pick_cust(kinds=("clinic", "member", "public"))
        cur = c["currencies"][0]
        o = pick([x for x in CUSTOMERS if x["country"] == c["country"] and x is not c and cur in x["currencies"]
                  and not x.get("reserved")])
        d = rand_day()
        inv = sinv(c, cur, rand_amount(cur), d)
        decoy = sinv(o, cur, fresh_amount(o, cur, [inv["balance"]]), d)
        t = inv["balance"]
        if c["country"] == "IL":
            rem = remittance(c, cur, [(0, t, "הזמנת רכש {d1}")], t)
            ref = pick(["הזמנה {d1} ח-ן {d0}", "PO {d1} INV {d0}"])
        elif c["country"] == "GR":
            rem = remittance(c, cur, [(0, t, "Παραγγελία {d1}")], t)
            ref = pick(["ΠΑΡ/ΓΙΑ {d1} ΤΙΜ {d0}", "ENTOLI {d1} TIM {d0}"])
        else:
            rem = remittance(c, cur, [(0, t, "PO {d1}")], t)
            ref = pick(["PO {d1} INV {d0}", "OUR PO {d1} YOUR INV {N0}"])
        spec(c, cur, t, d, invs=[inv, decoy], cid=c["id"] if R.random() < 0.5 else None, ref=ref, rem=rem,
             status="applied", apps=[(inv, t)],
             reason="invoice {N0} named with exact balance; the PO number {d1} is another customer's invoice number",
             scen="po_trap", note="purchase-order number collides with an open invoice number of a different customer")


CN_TXT = {"IL": ("חשבונית זיכוי", "ZK-"), "GR": ("Πιστωτικό", "ΠΤ-"), "CY": ("Credit note", "CN-")}


def sc_credit_notes(n_netted, n_unknown):
    for i in range(n_netted + n_unknown):
        c = pick_cust(kinds=("clinic", "member"))
        cur = c["currencies"][0]
        d = rand_day()
        t = rand_amount(cur, big=True)
        cn = q(t * D(R.randrange(5, 35)) / 100)
        lab, pre = CN_TXT[c["country"]]
        cn_no = "%s%d" % (pre, R.randrange(7000, 7999))
        if i < n_netted:
            inv = sinv(c, cur, t, d, balance=t - cn)
            paid = t - cn
            rem = remittance(c, cur, [(0, t, ""), ("%s %s" % (lab, cn_no), -cn, "")], paid)
            spec(c, cur, paid, d, invs=[inv], cid=c["id"] if R.random() < 0.6 else None, ref=single_ref(c, cur),
                 rem=rem, status="applied", apps=[(inv, paid)],
                 reason="{N0} less credit note %s already in its balance; exact" % cn_no, scen="cn_netted",
                 note="credit note netted by the customer is already reflected in our open balance")
        else:
            inv = sinv(c, cur, t, d)
            paid = t - cn
            rem = remittance(c, cur, [(0, t, ""), ("%s %s" % (lab, cn_no), -cn, "")], paid)
            spec(c, cur, paid, d, invs=[inv], cid=c["id"] if R.random() < 0.6 else None, ref=single_ref(c, cur),
                 rem=rem, status="partial", apps=[(inv, paid)], short=(inv, cn, "credit note deducted"),
                 reason="{N0} paid less credit note %s, which is not reflected in the ledger" % cn_no,
                 scen="cn_unknown", note="customer nets a credit note our balance does not show: short pay to verify")


def sc_twin_names(n):
    pairs = defaultdict(list)
    for c in CUSTOMERS:
        if c["kind"] == "twin":
            pairs[c["country"]].append(c)
    plist = list(pairs.values())
    for i in range(n):
        a, b = plist[i % len(plist)]
        cur = a["currencies"][0]
        d = rand_day()
        amt = fresh_amount(a, cur, own_open_amounts(b, cur))
        ia = sinv(a, cur, amt, d)
        ib = sinv(b, cur, amt, d)
        na, nb = a["name"].upper(), b["name"].upper()
        k = 0
        while k < min(len(na), len(nb)) and na[k] == nb[k]:
            k += 1
        payer = na[:k].rstrip()
        cands = sorted([[ia], [ib]], key=lambda x: (x[0]["due_date"], x[0]["id"]))
        spec(a, cur, amt, d, invs=cands[0] + cands[1], payer=payer, cid=None, ref=pick(GENERIC_REF[a["country"]]),
             rem=None, status="review", cands=cands,
             reason="truncated payer name fits two customers, each with an open invoice of this amount",
             scen="twin_names", note="bank cut the name where two customers' names still agree")


def sc_errors():
    out = []
    specs = []
    for kind in ["neg", "neg", "cur", "cur", "dup", "dup", "mal", "mal", "mal", "nodate", "nodate"]:
        c = pick_cust(kinds=("clinic",))
        cur = c["currencies"][0]
        d = rand_day()
        inv = sinv(c, cur, fresh_amount(c, cur), d)
        if kind == "dup":
            base = spec(c, cur, inv["balance"], d, invs=[inv], cid=c["id"], ref=single_ref(c, cur), rem=None,
                        status="applied", apps=[(inv, inv["balance"])], reason="reference {N0} and exact open balance",
                        scen="ref_exact", note="original of a row the bank export repeats")
            spec(c, cur, inv["balance"], d, invs=[inv], payer=base["payer"], cid=c["id"], ref=base["ref"],
                 rem=None, status="error", reason="", scen="error_duplicate_id",
                 note="the bank export repeats the previous row with the same payment id",
                 error="duplicate payment id", dup_of=base)
            continue
        sp = spec(c, cur, inv["balance"], d, invs=[inv], cid=c["id"], ref=single_ref(c, cur), rem=None,
                  status="error", reason="", scen="error_" + kind, note="")
        if kind == "neg":
            sp["amount_raw"] = "-" + s(inv["balance"])
            sp["ref"] = pick(["החזר העברה {d0}", "ΑΝΤΙΛΟΓΙΣΜΟΣ {d0}", "RETURN OF FUNDS {N0}"])
            sp["error"] = "negative amount"
            sp["note"] = "a reversal / returned transfer arrives as a negative amount"
        elif kind == "cur":
            sp["pay_currency"] = pick(["GBP", "CHF"]) if not out else ("CHF" if out[-1] == "GBP" else "GBP")
            out.append(sp["pay_currency"])
            sp["error"] = "currency %s: no invoice is in this currency" % sp["pay_currency"]
            sp["note"] = "payment in a currency that no open invoice uses"
        elif kind == "mal":
            b = inv["balance"]
            sp["amount_raw"] = pick([fmt_eu(b), s(b).replace("0", "O", 1) if "0" in s(b) else s(b) + "x", ""])
            if sp["amount_raw"] == s(b):
                sp["amount_raw"] = fmt_eu(b) + " EUR"
            sp["error"] = "malformed amount"
            sp["note"] = "amount is not a plain decimal string: %r" % sp["amount_raw"]
        elif kind == "nodate":
            sp["date_raw"] = pick([None, ""])
            sp["error"] = "missing date"
            sp["note"] = "date is %r" % sp["date_raw"]


# ---------------------------------------------------------------- assembly
def typo(num, numbers):
    """Swap two adjacent digits so that the result is no invoice number at all."""
    d = str(num)
    for a in (2, 3, 1, 4):
        t = d[:a] + d[a + 1] + d[a] + d[a + 2:]
        if d[a] != d[a + 1] and t not in numbers:
            return t
    raise RuntimeError(d)


def render(t, sp, numbers):
    if t is None:
        return None
    m = {}
    for k, inv in enumerate(sp["invs"]):
        m["N%d" % k] = inv["number"]
        m["d%d" % k] = str(inv["_n"])
        if "{t%d}" % k in t:
            ty = typo(inv["_n"], numbers)
            assert ty not in numbers, ty
            m["t%d" % k] = ty
    return t.format_map(m)


def assemble():
    numbers = {str(i["_n"]) for i in INVOICES}
    order = sorted(SPECS, key=lambda sp: (sp["date"], sp["seq"]))
    # a repeated bank row sits right after its original
    dups = [sp for sp in order if sp.get("dup_of")]
    for sp in dups:
        order.remove(sp)
        order.insert(order.index(sp["dup_of"]) + 1, sp)
    payments, labels = [], []
    for sp in order:
        if sp.get("dup_of"):
            pid = sp["dup_of"]["pid"]
        else:
            pid = rid("pmt_", 12, "0123456789abcdefghijklmnopqrstuvwxyz")
        sp["pid"] = pid
        ref = render(sp["ref"], sp, numbers)
        rem = render(sp["rem"], sp, numbers)
        amount = sp.get("amount_raw", s(sp["amount"]) if sp["amount"] is not None else None)
        d = sp.get("date_raw", sp["date"].isoformat()) if "date_raw" in sp else sp["date"].isoformat()
        pay = {"id": pid, "date": d, "amount": amount, "currency": sp.get("pay_currency", sp["currency"]),
               "payer_name": sp["payer"], "customer_id": sp["cid"], "reference": ref, "remittance": rem}
        if sp.get("dup_of"):
            prev = payments[-1]
            pay = dict(prev)
        payments.append(pay)
        if sp["status"] == "error":
            lab = {"payment_id": pid, "status": "error", "applications": [], "unapplied": None,
                   "short_pay": None, "candidates": [], "reason": sp["error"], "error": sp["error"],
                   "scenario": sp["scenario"], "note": sp["note"]}
        else:
            lab = {"payment_id": pid, "status": sp["status"],
                   "applications": [{"invoice_id": inv["id"], "amount": s(a)} for inv, a in sp["apps"]],
                   "unapplied": s(sp["unapplied"]),
                   "short_pay": ({"invoice_id": sp["short"][0]["id"], "amount": s(sp["short"][1]),
                                  "reason": sp["short"][2]} if sp["short"] else None),
                   "candidates": sp["cands"], "reason": render(sp["reason"], sp, numbers),
                   "scenario": sp["scenario"], "note": render(sp["note"], sp, numbers)}
        labels.append((sp, lab))
    return payments, labels


def replay(invoices, payments, labels):
    """Apply labels in order, fill dynamic candidates, and assert every invariant."""
    inv_by_id = {i["id"]: i for i in invoices}
    bal = {i["id"]: q(i["balance"]) for i in invoices}
    currencies = {i["currency"] for i in invoices}
    seen_ids = set()
    out = []
    for pay, (sp, lab) in zip(payments, labels):
        st = lab["status"]
        if st == "error":
            amt_ok = True
            try:
                a = D(pay["amount"]) if pay["amount"] not in (None, "") else None
                amt_ok = a is not None and str(a) == pay["amount"] and a.as_tuple().exponent == -2
            except Exception:
                a, amt_ok = None, False
            problems = []
            if pay["id"] in seen_ids:
                problems.append("duplicate payment id")
            if not pay["date"]:
                problems.append("missing date")
            if not amt_ok:
                problems.append("malformed amount")
            elif a < 0:
                problems.append("negative amount")
            if pay["currency"] not in currencies:
                problems.append("currency")
            assert len(problems) == 1 and lab["error"].startswith(problems[0]), (pay, problems)
            seen_ids.add(pay["id"])
            out.append(lab)
            continue
        assert pay["id"] not in seen_ids, pay["id"]
        seen_ids.add(pay["id"])
        amt = D(pay["amount"])
        assert amt > 0 and pay["date"] and pay["currency"] in currencies
        cur = pay["currency"]
        tot = D(0)
        for ap in lab["applications"]:
            iid, a = ap["invoice_id"], D(ap["amount"])
            inv = inv_by_id[iid]
            assert inv["currency"] == cur, (pay, iid)
            assert D(0) < a <= bal[iid], (pay, iid, a, bal[iid])
            bal[iid] -= a
            tot += a
        assert tot + D(lab["unapplied"]) == amt, (pay["id"], tot, lab["unapplied"], amt)
        applied_ids = [ap["invoice_id"] for ap in lab["applications"]]
        cust = sp["cid"] or (sp["invs"][0]["customer_id"] if sp["invs"] else None)
        if st == "applied":
            assert lab["applications"] and D(lab["unapplied"]) == 0 and lab["short_pay"] is None
            assert all(bal[i] == 0 for i in applied_ids), pay
        elif st == "partial":
            assert lab["applications"] and D(lab["unapplied"]) == 0
            left = [i for i in applied_ids if bal[i] > 0]
            assert len(left) >= 1
            if lab["short_pay"]:
                assert lab["short_pay"]["invoice_id"] in left
                assert bal[lab["short_pay"]["invoice_id"]] == D(lab["short_pay"]["amount"])
        elif st == "unapplied":
            assert D(lab["unapplied"]) > 0 and lab["short_pay"] is None
            assert all(bal[i] == 0 for i in applied_ids)
        elif st == "review":
            assert not lab["applications"] and D(lab["unapplied"]) == amt and lab["short_pay"] is None
        # open invoices of the customer in this currency, after this payment's own applications are undone
        def open_of(cid):
            return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur
                    and (bal[i["id"]] + sum(D(ap["amount"]) for ap in lab["applications"] if ap["invoice_id"] == i["id"])) > 0]
        before = {i["id"]: bal[i["id"]] + sum(D(ap["amount"]) for ap in lab["applications"] if ap["invoice_id"] == i["id"])
                  for i in invoices}
        if sp.get("check_unique_amount"):
            hits = [i for i in open_of(cust) if before[i["id"]] == amt]
            assert len(hits) == 1 and hits[0]["id"] == applied_ids[0], (pay, hits)
        if sp.get("check_no_other_match"):
            opens = open_of(sp["cid"])
            same = [i for i in opens if before[i["id"]] == amt]
            assert not same or (st == "unapplied" and lab["applications"] and False), (pay, same)
            if not lab["applications"]:
                assert sum(before[i["id"]] for i in opens) != amt
        if lab["candidates"] == "AMOUNT_ALL":
            hits = sorted([i for i in invoices if i["currency"] == cur and before[i["id"]] == amt],
                          key=lambda i: (i["due_date"], i["id"]))
            assert len(hits) == sp["expect_cands"], (pay, len(hits))
            lab["candidates"] = [[i["id"]] for i in hits]
        else:
            cl = []
            for cset in lab["candidates"]:
                for i in cset:
                    assert i["currency"] == cur and before[i["id"]] > 0
                cl.append([i["id"] for i in cset])
            lab["candidates"] = cl
        if sp["scenario"] in ("amount_twins", "twin_names"):
            for cset in lab["candidates"]:
                assert before[cset[0]] == amt
            if sp["scenario"] == "amount_twins":
                hits = [i for i in open_of(cust) if before[i["id"]] == amt]
                assert len(hits) == 2, pay
            else:
                pref = [c for c in CUSTOMERS if c["name"].upper().startswith(pay["payer_name"])]
                assert len(pref) == 2, (pay["payer_name"], [c["name"] for c in pref])
        if sp["scenario"] == "ref_conflict":
            assert before[lab["candidates"][0][0]] == amt and before[lab["candidates"][1][0]] < amt
        if st == "review" and sp["scenario"] == "cross_currency":
            assert not [i for i in invoices if i["customer_id"] == sp["cid"] and i["currency"] == cur]
        out.append(lab)
    return out, bal


def jdump(obj, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    build_customers()
    filler_invoices()
    sc_ref_exact(88)
    sc_ref_multi(40)
    sc_ref_range(10)
    sc_amount_unique(35)
    sc_amount_twins(14)
    sc_statement_lump(14)
    sc_group_lump(12)
    sc_group_noadvice(6)
    sc_wht_short(24)
    sc_other_short(20)
    sc_unexplained_short(3)
    sc_part_payment(15, 8)
    sc_overpay(12)
    sc_duplicate(10)
    sc_ref_not_found(5)
    sc_no_fit(10)
    sc_unknown_payer(6, 5)
    sc_cross_currency(4)
    sc_ref_conflict(5)
    sc_ref_typo(3)
    sc_ref_other_customer(3)
    sc_po_trap(8)
    sc_credit_notes(8, 5)
    sc_twin_names(4)
    sc_errors()
    number_invoices()
    payments, labels = assemble()
    # invoices file: sorted by number, ledger fields only
    inv_sorted = sorted(INVOICES, key=lambda i: i["number"])
    invoices = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                 "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
                 "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
                 "due_date": i["due_date"].isoformat()} for i in inv_sorted]
    labs, final_bal = replay(invoices, payments, labels)
    os.makedirs(OUT, exist_ok=True)
    jdump(invoices, os.path.join(OUT, "invoices.json"))
    jdump(payments, os.path.join(OUT, "payments.json"))
    jdump(labs, os.path.join(OUT, "labels.json"))
    write_readme(invoices, payments, labs)


def script_of(t):
    if not t:
        return "none"
    if any("\u0590" <= ch <= "\u05ff" for ch in t):
        return "Hebrew"
    if any("\u0370" <= ch <= "\u03ff" for ch in t):
        return "Greek"
    return "Latin"


def table(counter, head):
    rows = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append("| %s | %d |" % (k, v))
    return "\n".join(rows)


SCEN_DESC = [
    ("ref_exact", "applied", "one invoice named in the bank reference / cheque cover letter / advice, exact open balance (some invoices part-paid before the file: pay = balance, not total)"),
    ("ref_multi", "applied", "2-6 invoices listed in the reference or the remittance advice, sum exact"),
    ("ref_range", "applied", "a range `first-last` / `עד` / `ΕΩΣ` / `THRU` of consecutive invoices of that customer"),
    ("amount_unique", "applied", "no invoice reference; customer known by customer_id or by its own (truncated, upper-case) name; exactly one open invoice of it has this balance"),
    ("statement_lump", "applied", "amount equals the customer's whole open balance in that currency"),
    ("group_lump", "applied", "hospital group head office pays invoices of several member customers, listed in the advice"),
    ("po_trap", "applied", "invoice named with exact balance; a PO number in the text equals another customer's open invoice number"),
    ("cn_netted", "applied", "customer nets a credit note that is already in our open balance"),
    ("ref_typo", "applied", "reference has two digits transposed (that number exists nowhere); known customer, the amount fits exactly one of its invoices"),
    ("part_followup", "applied", "pays what an earlier part payment in this file left open"),
    ("wht_short", "partial", "withholding tax deducted and stated (Israeli nikui bamakor; Greek public hospital 4% plus levies) -> short_pay `withholding tax`"),
    ("other_short", "partial", "deduction stated: damaged goods, expired goods, price difference, missing items, early payment discount, bank charges"),
    ("cn_unknown", "partial", "customer deducts a credit note our ledger does not show -> short_pay `credit note deducted`"),
    ("unexplained_short", "partial", "invoice named, paid short, no reason -> short_pay `unexplained shortfall`"),
    ("part_payment", "partial", "stated instalment / on account (ΕΝΑΝΤΙ, על חשבון) -> partial, short_pay null"),
    ("overpay", "unapplied", "named invoice closed, remainder unapplied"),
    ("duplicate_payment", "unapplied", "the invoice was paid earlier in this file; whole amount unapplied"),
    ("ref_not_found", "unapplied", "known customer names an old invoice that is not open; nothing fits"),
    ("no_fit", "unapplied", "known customer (customer_id), no reference, amount fits nothing"),
    ("amount_twins", "review", "two open invoices of the customer with the same balance, nothing names one"),
    ("twin_names", "review", "payer name truncated where two customers' names agree; each has an invoice of this amount"),
    ("group_noadvice", "review", "group lump with no advice; a subset of one member's invoices adds up"),
    ("ref_conflict", "review", "reference names invoice X, amount is exactly invoice Y's balance (Y first)"),
    ("ref_other_customer", "review", "customer_id says A, the referenced invoice (exact amount) belongs to unrelated B"),
    ("unknown_payer_match", "review", "payer not a customer, no reference; one invoice anywhere has this balance"),
    ("unknown_payer_nomatch", "review", "payer not a customer, nothing fits; candidates []"),
    ("cross_currency", "review", "invoice of one currency paid (converted) in another; candidates []"),
    ("error_*", "error", "negative amount, currency no invoice has, duplicate payment id, malformed amount, missing date"),
]


def write_readme(invoices, payments, labs):
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    cur = Counter(p["currency"] for p in payments)
    icur = Counter(i["currency"] for i in invoices)
    pscript = Counter(script_of(p["payer_name"]) for p in payments)
    tscript = Counter(script_of((p["reference"] or "") + (p["remittance"] or "")) for p in payments)
    country = Counter(i["number"][:3] for i in invoices)
    n_rem = sum(1 for p in payments if p["remittance"])
    n_cid = sum(1 for p in payments if p["customer_id"])
    L = []
    L.append("# Blind cash-application set: EastMed Medical & Dental Supply (Israel, Cyprus, Greece)")
    L.append("")
    L.append("Held-out test data for `contracts/cash-application.md` (`match`). Written only from the contract; "
             "the engine was never seen. Generated by `python3 build.py` (stdlib, seeded, byte-for-byte "
             "reproducible); `python3 check.py` re-verifies every label by replaying the payments in order.")
    L.append("")
    L.append("The business: a distributor of medical and dental consumables (gloves, composites, implants, "
             "syringes, imaging film) with entities in Israel (invoice series `EMI-4xxxxx`, ILS and USD), "
             "Cyprus (`EMC-5xxxxx`, EUR and USD) and Greece (`EMG-6xxxxx`, EUR). Customers are dental "
             "clinics and labs, medical and imaging centres, private hospital groups whose head office pays "
             "for its sites, and Greek public hospitals. Bank text is what Masav / Zahav / SEPA / SWIFT and "
             "cheque deposits give: Hebrew and transliterated payer names cut at 16-35 characters, Greek "
             "names in Greek or Latin letters, invoice numbers with or without the prefix, Greek public "
             "payment orders (ΧΕΠ), supplier numbers, PO numbers, cheque numbers. All names, numbers and "
             "ids are invented.")
    L.append("")
    L.append("## Files (`ledger_eastmed/`)")
    L.append("")
    L.append("| file | rows | format |")
    L.append("|---|---|---|")
    L.append("| `invoices.json` | %d | the contract's INVOICES list, %d customers |" % (
        len(invoices), len({i["customer_id"] for i in invoices})))
    L.append("| `payments.json` | %d | the contract's PAYMENTS list, oldest first |" % len(payments))
    L.append("| `labels.json` | %d | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |" % len(labs))
    L.append("")
    L.append("Run: `python -m chalicelib.cli match --invoices ledger_eastmed/invoices.json --payments "
             "ledger_eastmed/payments.json --out MATCHES.json`, then compare entry by entry with labels.json.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append(table(st, "status"))
    L.append("")
    L.append(table(sc, "scenario"))
    L.append("")
    L.append(table(cur, "payment currency"))
    L.append("")
    L.append(table(icur, "invoice currency"))
    L.append("")
    L.append(table(Counter({{"EMI": "Israel (EMI)", "EMC": "Cyprus (EMC)", "EMG": "Greece (EMG)"}[k]: v
                             for k, v in country.items()}), "invoices per entity"))
    L.append("")
    L.append(table(pscript, "payer_name script"))
    L.append("")
    L.append(table(tscript, "reference + remittance script"))
    L.append("")
    L.append("%d payments carry a remittance text; %d carry a customer_id (the rest are null)." % (n_rem, n_cid))
    L.append("")
    L.append("## Scenarios")
    L.append("")
    L.append("| scenario | status | what it is |")
    L.append("|---|---|---|")
    for k, stt, dsc in SCEN_DESC:
        L.append("| `%s` | %s | %s |" % (k, stt, dsc))
    L.append("")
    L.append("## Conventions chosen where the contract is silent")
    L.append("")
    for t in [
        "`unapplied` is always present as a decimal string; for `review` it is the whole payment (nothing is "
        "applied, so applications + unapplied still add up to the amount).",
        "`candidates` is a list of invoice-id lists (one list per candidate set), best first; empty for every "
        "status except `review`. When the evidence is equal (two invoices of the same amount, two customers of "
        "the same truncated name) the invoice with the earlier due date comes first; scorers may prefer to compare "
        "the candidate sets as a set. A candidate is only ever an open invoice in the payment's currency, so a "
        "converted cross-currency payment is `review` with `candidates: []`.",
        "A known customer's cross-currency payment that names an invoice is `review`, not `unapplied`: the "
        "reference gives a reading (an FX conversion) that a person must decide.",
        "`short_pay.amount` is the amount the deduction leaves open on that invoice (balance before minus "
        "applied). `short_pay.reason` is one of: `withholding tax`, `damaged goods`, `expired goods`, "
        "`price difference`, `missing items`, `early payment discount`, `bank charges`, `credit note deducted`, "
        "`unexplained shortfall`. Compare it loosely (the contract does not fix a vocabulary); `invoice_id` and "
        "`amount` are the exact part.",
        "Short pay vs part payment: a stated deduction, or a shortfall on a named invoice with no reason, is a "
        "short pay (deduction case). Only a payment announced as an instalment / on account (`ΕΝΑΝΤΙ`, "
        "`על חשבון`, `1 of 3`) is a plain part payment with `short_pay: null`.",
        "An exact amount match is enough to apply only when the customer is known (customer_id, or a payer "
        "name that is a prefix of exactly one customer's name in the ledger's own script) and exactly one of its "
        "open invoices in that currency has that balance, or the amount is the customer's whole open balance. "
        "An unknown payer's exact match is `review` with that invoice as the candidate.",
        "A bank-given customer_id that contradicts the referenced invoice's customer is `review`. A hospital group's "
        "head office (customer_id null) whose advice lists its sites' invoices with exact amounts is applied, "
        "even though those invoices belong to other customer ids. A group lump with no advice is `review`.",
        "Invoice numbers are matched with or without their `EMI-`/`EMC-`/`EMG-` prefix; numbers labelled as PO "
        "(`PO`, `הזמנה`, `Παραγγελία`, `ΠΑΡ/ΓΙΑ`, `ENTOLI`), cheque, supplier, ΧΕΠ or credit-note numbers are not "
        "invoice references.",
        "Error rows: `status: \"error\"`, `applications: []`, `unapplied: null`, `short_pay: null`, "
        "`candidates: []`, and `error` (also copied to `reason`) is one of `negative amount`, `currency XXX: ...`, "
        "`duplicate payment id`, `malformed amount`, `missing date`. They do not change any balance. For a "
        "repeated payment id the first row is processed normally and the repeat is the error.",
        "Malformed amounts are strings that are not plain `123.45` decimals (`1.234,56`, a letter O for a zero, "
        "an empty string). `currency` errors use a currency that no invoice in the file has (GBP, CHF).",
        "Payments are replayed in file order: labels of later payments see the balances earlier labels left "
        "(part payments followed by the rest, a second payment of an invoice already paid in this file).",
    ]:
        L.append("- " + t)
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
