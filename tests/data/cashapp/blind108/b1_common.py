"""Part 1 of build.py: constants, customers, money helpers and the reference parser."""
import re
import datetime as dt

SEED = 392
MINOR = {"NOK": 2, "EUR": 2, "ISK": 0, "SEK": 2, "DKK": 2, "JPY": 0, "USD": 2}
CURRENCIES = list(MINOR)
PREFIX = "NS-"          # invoice numbers look like NS-0048213 (7 digits, zero padded)


def fmt(minor_units, cur):
    """Integer minor units -> contract decimal string in the currency's own minor units."""
    d = MINOR[cur]
    if d == 0:
        return str(minor_units)
    sign = "-" if minor_units < 0 else ""
    m = abs(minor_units)
    return "%s%d.%02d" % (sign, m // 100, m % 100)


def human(minor_units, cur, style="en"):
    """Amount as a human writes it in free text, always with thousands separators."""
    d = MINOR[cur]
    whole, frac = divmod(abs(minor_units), 10 ** d) if d else (abs(minor_units), None)
    s = "{:,}".format(whole)
    if style == "eu":
        s = s.replace(",", ".")
        return s + ("," + "%02d" % frac if d else "")
    return s + ("." + "%02d" % frac if d else "")


def parse_amount(s, cur):
    d = MINOR[cur]
    if d == 0:
        return int(s)
    a, b = s.split(".")
    return int(a) * 100 + int(b) if not a.startswith("-") else -(abs(int(a)) * 100 + int(b))


def num_str(n):
    return "%s%07d" % (PREFIX, n)


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def mod11_digit(body):
    w = [2, 3, 4, 5, 6, 7]
    total = sum(int(ch) * w[i % 6] for i, ch in enumerate(reversed(body)))
    r = 11 - total % 11
    if r == 11:
        return "0"
    if r == 10:
        return "-"
    return str(r)


def kid_for(cust_no, inv_no, kind="mod10"):
    body = "%04d%07d" % (cust_no, inv_no)
    return body + (luhn_digit(body) if kind == "mod10" else mod11_digit(body))


def ocr_for(inv_no):
    body = "%07d" % inv_no
    return body + luhn_digit(body)


# ---------------------------------------------------------------- parser (same rules as check.py)
def referenced_numbers(text, known):
    """Invoice numbers (ints) a clerk reads in `text`.

    * any maximal digit run of 1-7 digits whose value is a known invoice number
      (prefix optional, leading zeros optional);
    * digit groups split by single spaces ("NS 004 8213") joined, when the
      joined value is a known invoice number;
    * a 12-digit KID = 4-digit customer no + 7-digit invoice no + MOD10 or MOD11 digit;
    * an 8-digit OCR = 7-digit invoice no + Luhn digit.
    """
    found = []
    if not text:
        return found
    for m in re.finditer(r"\d+", text):
        r = m.group()
        if len(r) <= 7:
            v = int(r)
            if v in known:
                found.append(v)
        elif len(r) == 12:
            body = r[:11]
            if r[11] in (luhn_digit(body), mod11_digit(body)):
                v = int(r[4:11])
                if v in known:
                    found.append(v)
        elif len(r) == 8:
            if r[7] == luhn_digit(r[:7]):
                v = int(r[:7])
                if v in known:
                    found.append(v)
    for m in re.finditer(r"(?<![\d.,])(\d{1,4}(?: \d{1,4}){1,2})(?![\d.,])", text):
        j = m.group().replace(" ", "")
        if 5 <= len(j) <= 7:
            v = int(j)
            if v in known and v not in found:
                found.append(v)
    out = []
    for v in found:
        if v not in out:
            out.append(v)
    return out


def subset_hits(items, target, kmax=4, full_upto=14):
    """items: list of (key, balance>0). Sets of keys whose balances sum to target.
    All subsets when len(items) <= full_upto, else sets of size 1..kmax plus the set of all."""
    its = sorted(items, key=lambda x: x[1])
    n = len(its)
    top = n if n <= full_upto else kmax
    hits = []

    def dfs(i, left, rem, chosen):
        if rem == 0 and chosen:
            hits.append(tuple(sorted(chosen)))
            return
        if left == 0:
            return
        for j in range(i, n):
            b = its[j][1]
            if b > rem:
                break
            chosen.append(its[j][0])
            dfs(j + 1, left - 1, rem - b, chosen)
            chosen.pop()

    dfs(0, top, target, [])
    if n > full_upto and sum(b for _, b in its) == target:
        hits.append(tuple(sorted(x for x, _ in its)))
    return hits


def d(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- customers
# (cust_no, name, country, currencies, size, kind, aliases)
# aliases: payer-name variants a bank may show (customer_id then null)
CUSTOMERS = [
    (1012, "Nordhavet Sjømat Grossist AS", "NO", ["NOK"], "L", "wholesaler",
     {"truncated": "NORDHAVET SJOMAT GROSS", "parent": "Nordhavet Gruppen AS"}),
    (1027, "Bergen Fiskehall AS", "NO", ["NOK"], "M", "restaurant",
     {"person": "Kari Mjelde", "trading": "Fiskehallen Bryggen"}),
    (1033, "Trondheim Fiskemottak AS", "NO", ["NOK"], "M", "wholesaler", {"truncated": "TRONDHEIM FISKEMOTTA"}),
    (1041, "Sushi Nord Restauranter AS", "NO", ["NOK"], "S", "restaurant", {"trading": "Sushi Nord Aker Brygge"}),
    (1058, "Lofoten Catering AS", "NO", ["NOK"], "S", "restaurant", {"person": "Ola Hansen"}),
    (1066, "Fiskeriet Youngstorget AS", "NO", ["NOK"], "S", "restaurant", {"person": "Mette Aas"}),
    (1105, "Reykjavík Fiskmarkaður ehf.", "IS", ["ISK"], "M", "wholesaler",
     {"translit": "REYKJAVIK FISKMARKADUR EHF"}),
    (1118, "Sjávarkjallarinn ehf.", "IS", ["ISK"], "S", "restaurant", {"translit": "SJAVARKJALLARINN EHF"}),
    (1124, "Grandi Matvörur hf.", "IS", ["ISK", "EUR"], "M", "wholesaler", {"translit": "GRANDI MATVORUR HF"}),
    (1131, "Þorlákshöfn Útgerð ehf.", "IS", ["ISK"], "S", "wholesaler", {"translit": "THORLAKSHOFN UTGERD EHF"}),
    (1207, "Bacalaos Ruiz Hermanos S.L.", "ES", ["EUR"], "L", "importer",
     {"trading": "MERCABACALAO RUIZ", "truncated": "BACALAOS RUIZ HERMANOS"}),
    (1219, "Pescados Galicia Norte S.A.", "ES", ["EUR"], "M", "importer", {"parent": "Grupo Galicia Norte S.A."}),
    (1226, "Bacalhau Lusitano Lda", "PT", ["EUR"], "L", "importer", {"trading": "LUSITANO SEAFOODS"}),
    (1234, "Riberalves Distribuição Lda", "PT", ["EUR"], "M", "importer", {"truncated": "RIBERALVES DISTRIBUICA"}),
    (1241, "Ittica Adriatica S.r.l.", "IT", ["EUR"], "M", "importer", {"parent": "Gruppo Ittico Veneto S.p.A."}),
    (1255, "Baccalà Venezia S.r.l.", "IT", ["EUR"], "S", "wholesaler", {"person": "Marco Zanetti"}),
    (1262, "Marée du Nord SAS", "FR", ["EUR"], "M", "wholesaler", {"trading": "POISSONNERIE DU NORD"}),
    (1270, "Le Comptoir Océan SARL", "FR", ["EUR"], "S", "restaurant", {"person": "Jean-Marc Olivier"}),
    (1288, "Hanseatische Fischhandel GmbH", "DE", ["EUR"], "L", "importer",
     {"truncated": "HANSEATISCHE FISCHHANDE", "parent": "Hansa Food Holding GmbH"}),
    (1296, "Nordsee Gastro GmbH", "DE", ["EUR"], "M", "restaurant", {"trading": "FISCHBAR ST PAULI"}),
    (1303, "Vis Groothandel Urk B.V.", "NL", ["EUR"], "M", "wholesaler", {"truncated": "VIS GROOTHANDEL URK"}),
    (1311, "Kalaset Helsinki Oy", "FI", ["EUR"], "S", "restaurant", {"translit": "KALASET HELSINKI OY"}),
    (1320, "Polar Seafood Polska Sp. z o.o.", "PL", ["EUR"], "M", "importer", {"translit": "POLAR SEAFOOD POLSKA SP Z O O"}),
    (1402, "Göteborgs Fiskauktion AB", "SE", ["SEK"], "L", "wholesaler", {"translit": "GOTEBORGS FISKAUKTION AB"}),
    (1415, "Stockholms Sjömatshus AB", "SE", ["SEK"], "M", "restaurant", {"trading": "SJOMATSHUSET OSTERMALM"}),
    (1423, "Malmö Fisk & Skaldjur AB", "SE", ["SEK"], "S", "wholesaler", {"person": "Erik Lindqvist"}),
    (1508, "Esbjerg Fiskeeksport A/S", "DK", ["DKK", "EUR"], "L", "importer", {"truncated": "ESBJERG FISKEEKSPORT"}),
    (1516, "Hvide Sande Røgeri ApS", "DK", ["DKK"], "M", "wholesaler", {"translit": "HVIDE SANDE ROEGERI APS"}),
    (1524, "Københavns Fiskebar ApS", "DK", ["DKK"], "S", "restaurant", {"translit": "KOEBENHAVNS FISKEBAR"}),
    (1601, "Hokkai Suisan Kabushiki Kaisha", "JP", ["JPY"], "L", "importer",
     {"translit": "ｶ)ﾎｯｶｲｽｲｻﾝ", "parent": "Hokkai Holdings Co., Ltd."}),
    (1612, "Tsukiji Uoichi Co., Ltd.", "JP", ["JPY"], "M", "wholesaler", {"translit": "ﾂｷｼﾞｳｵｲﾁ(ｶ"}),
    (1620, "Sushi Zen Shibuya K.K.", "JP", ["JPY"], "S", "restaurant", {"parent": "Sushi Zen Holdings K.K."}),
    (1633, "Kaiten Kitanoumi Co., Ltd.", "JP", ["JPY", "USD"], "M", "restaurant", {"translit": "ｶｲﾃﾝｷﾀﾉｳﾐ(ｶ"}),
    (1702, "Qingdao Haiyang Aquatic Products Co., Ltd.", "CN", ["USD"], "L", "importer",
     {"translit": "TSINGTAO HAIYANG AQUATIC PROD", "truncated": "QINGDAO HAIYANG AQUATIC PRO"}),
    (1715, "Dalian Ocean Treasure Foods Co., Ltd.", "CN", ["USD"], "M", "importer", {"translit": "DALIAN HAIBAO FOODS"}),
    (1723, "Busan Daegu Susan Co., Ltd.", "KR", ["USD"], "M", "importer", {"translit": "BUSAN TAEGU SUSAN CO LTD"}),
    (1731, "Golden Fin Trading Pte. Ltd.", "SG", ["USD"], "M", "importer", {"parent": "Golden Fin Holdings Pte Ltd"}),
    (1744, "Siam Seafood Import Co., Ltd.", "TH", ["USD"], "S", "importer", {"translit": "SAYAM SEAFOOD IMPORT"}),
    (1752, "Hong Kong Sea Harvest Ltd", "HK", ["USD"], "S", "wholesaler", {"trading": "SEA HARVEST HK"}),
    (1760, "Boston North Atlantic Seafood LLC", "US", ["USD"], "M", "importer", {"truncated": "BOSTON NORTH ATLANTIC"}),
    (1778, "Pike Place Fishmongers Inc.", "US", ["USD"], "S", "restaurant", {"person": "Daniel Okafor"}),
    (1809, "Oslo Fiskeboden AS", "NO", ["NOK", "EUR"], "M", "wholesaler", {"trading": "FISKEBODEN MATHALLEN"}),
    (1815, "Stavanger Seafood Export AS", "NO", ["NOK", "USD"], "M", "wholesaler", {"parent": "Rogaland Sjømat Holding AS"}),
    (1822, "Ålesund Klippfisk AS", "NO", ["NOK", "EUR"], "S", "wholesaler", {"translit": "ALESUND KLIPPFISK AS"}),
    (1830, "Tromsø Fiskeutsalg AS", "NO", ["NOK"], "S", "restaurant", {"translit": "TROMSO FISKEUTSALG AS"}),
    (1846, "Kristiansund Bacalao AS", "NO", ["NOK", "EUR"], "M", "wholesaler", {"truncated": "KRISTIANSUND BACALA"}),
    (1853, "Mariscos del Cantábrico S.L.", "ES", ["EUR"], "S", "restaurant", {"translit": "MARISCOS DEL CANTABRICO SL"}),
    (1861, "Fish & Co. Dubai LLC", "AE", ["USD"], "S", "restaurant", {"trading": "FISH AND CO JBR"}),
]

# Payers that are no customer at all (unknown payer rows)
STRANGERS = ["AKER MARINE SERVICES AS", "Fjord Reisebyrå AS", "LINDSTRÖM BYGG AB", "Müller Logistik GmbH",
             "Pedro Alvarez Gomez", "SATO SHOJI KK", "Blue Lagoon Tours ehf.", "CITYWIDE PLUMBING INC",
             "Helsingin Laivatarvike Oy", "Nordic Cold Chain Transport AS", "Wang Li", "OCEANIC BUNKERING PTE"]

FACTOR = "Nordic Trade Finance Factoring AS"
LC_BANKS = {"JPY": "MIZUHO BANK, LTD. TOKYO", "USD": "BANK OF CHINA QINGDAO BRANCH"}
