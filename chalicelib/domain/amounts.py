"""Amounts as people write them ("$4,200.00", "3.150,00 €", "1 840,00 EUR", "R$ 3.400,00"), read exactly.

The decimal separator is the last "." or "," followed by one or two digits; every other separator groups
thousands. A number with no currency next to it is not an amount here: invoice numbers and dates are not money.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Indian grouping first: lakhs and crores in pairs of digits ("₹ 2,45,600.00", "Rs. 1,18,000/-").
_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|"
    r"\d{1,3}(?:[.,' \u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
_PREFIX = (
    r"usd|eur|gbp|chf|cad|aud|brl|mxn|pln|sek|nok|dkk|nzd|inr|sgd|hkd|czk|huf|ron|ars|clp|cop|zar|us\$|r\$|c\$|ca\$|a\$|au\$|nz\$|hk\$|s\$|mx\$|\$|€|£|"
    r"₹|(?<![a-z])rs\.?|"
    # Indonesian rupiah, Kenyan shilling, won, yuan, New Taiwan dollar, hryvnia: "Rp 42.750.000", "KSh 86,500",
    # "人民币 26,400.00 元", "新台幣 152,000 元"
    r"idr|krw|cny|rmb|twd|kes|uah|rub|kzt|(?<![a-z])rp\.?|ksh|nt\$|₩|₴|人民币|人民幣|新台幣|新台币|"
    # Gulf, North and West African, Vietnamese, Thai and Turkish money: "AED 31,500", "NGN 3,200,000", "₦450,000"
    r"aed|sar|qar|kwd|bhd|omr|egp|mad|ngn|ghs|vnd|thb|jpy|₦|₫|฿|₺|"
    # shekel, Philippine peso, ringgit: "₪3,450", "₱36,250.00", "RM 1,500"
    # (not the end of a word: az "ödəniş 2 gün əvvəl" (payment two days ago), "details 5")
    r"(?<!\w)(?:ils|nis)|₪|php|₱|myr|(?<![a-z])rm|"
    # CFA franc, manat, tenge, lari: "XOF 1 250 000", "₼ 1 200", "₸ 1 250 000", "GEL 5,600.00", "₾ 420"
    r"xof|xaf|azn|₼|₸|gel|₾|"
    # taka, Icelandic krona, denar, dram, Pakistani rupee: "৳45,000", "ISK 189.000", "MKD 43.050,00", "PKR 85,000"
    r"bdt|৳|isk|mkd|amd|pkr|"
    # The yen sign, also the yuan's: "¥486,200", "JP¥ 52,800", "CN¥ 3,450.00", full-width "￥12,000"
    r"jp[¥￥]|cn[¥￥]|rmb ?[¥￥]|[¥￥]|"
    # Peruvian sol: "S/ 2,315.50", "S/. 4 870,00", "PEN 1,200.00" (a slash and a digit after it: not "S/N 4471")
    # ("S/4HANA" is software: no space and no cents after the slash)
    r"(?<![a-z])pen(?=\s?\d)|(?<![a-z])s/\.?(?=\s\d|\d[\d., ]*[.,]\d\d(?!\d))"
)
# "4 380,00 $ CA" (Quebec), "14 250,00 zł" (Poland), "58,000.00 MXN".
_SUFFIX = (
    r"usd|eur|gbp|chf|cad|aud|brl|mxn|pln|sek|nok|dkk|nzd|czk|inr|jpy|sgd|hkd|huf|ron|ars|clp|cop|zar|zł|zl|€|£|円|euros?|dollars?|pounds?|pund(?:ene|et)?|"
    r"reais|rupees|\$ ?(?:ca|can|us)\b|\$|"
    # Romanian lei, hryvnia, rouble, tenge, won (composed or decomposed, as folded text has it), yuan
    r"idr|krw|cny|rmb|twd|kes|uah|rub|kzt|lei|грн|руб(?:лей|\.)?|₽|тенге|теңге|tenge|원|원|元|"
    # "125.000.000 VND", "42 000,00 DH" (dirham), "46,200.00 ريال سعودي", "85,000 บาท", "412.500,00 TL"
    r"aed|sar|qar|kwd|bhd|omr|egp|mad|ngn|ghs|vnd|thb|try|tl|dhs?|dirhams?|naira|dong|baht|₦|₫|฿|₺|"
    r"ريال سعودي|ريال|درهم اماراتي|درهم|جنيه مصري|บาท|"
    # "11,600.00 دولار أمريكي" (US dollars, the hamza folded away), "4.200 يورو" (euros)
    r"دولار امريكي|دولار اميركي|دولار|يورو|"
    # "1 250 000 Ft" (forint; a figure under 1,000 before "ft" is feet, see find_amounts), "3,450 ₪", "₱"
    r"ils|nis|₪|php|₱|myr|ft|"
    # Estonian inflects the euro: "1 140,00 eurot", "summas 500 eurot"
    r"eurot|eurod|pen|"
    # "1 250 000 FCFA" / "F CFA" (the West African franc unless the thread says XAF), "1 200,00 AZN", "manat",
    # "1 250 000 ₸", "5,000.00 ლარი" (lari)
    r"f ?cfa|cfa|xof|xaf|azn|manat|₼|₸|gel|lari|ლარი|₾|"
    # "45,000 টাকা" (taka), "189.000 ISK", "43.050,00 денари" (denars), "130 000 դրամ" (drams), "48 000 lekë"
    r"bdt|৳|টাকা|isk|mkd|денари|amd|դրամ|pkr|leke|lek|"
    # "٤٥٬٠٠٠ جنيه" (Egyptian pounds, the country unsaid), "62,000 روپے" (Urdu rupees: Pakistan's)
    r"جنيه|روپے|روپیہ|"
    # eg "١٨٥٬٠٠٠ ج.م" (Egyptian pounds, abbreviated)
    r"ج\.\s?م(?!\w)"
)
# A code written after a "$" amount says which dollar ("$58,000.00 MXN", "$4,380.00 CAD").
_DOLLAR_CODE = re.compile(r"\s?(usd|cad|aud|nzd|mxn|ars|cop|clp|sgd|hkd)\b", re.IGNORECASE)
AMOUNT = re.compile(
    rf"(?P<pre>{_PREFIX})\s?(?P<a>{_NUMBER})(?!\d)|(?P<b>{_NUMBER})\s?(?P<post>{_SUFFIX})(?:(?!\w)|(?<=[円원元ᆫ]))",
    re.IGNORECASE,
)
CURRENCY_WORDS = {
    "$": "USD",
    "$ca": "CAD",
    "$can": "CAD",
    "$us": "USD",
    "mx$": "MXN",
    "zł": "PLN",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupees": "INR",
    "zl": "PLN",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "r$": "BRL",
    "reais": "BRL",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s/": "PEN",
    "s/.": "PEN",
    "s$": "SGD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "eurot": "EUR",
    "eurod": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    # Norwegian and Danish "pund", "de 890 pundene"
    "pund": "GBP",
    "pundet": "GBP",
    "pundene": "GBP",
    "円": "JPY",
    "rp": "IDR",
    "rp.": "IDR",
    "ksh": "KES",
    "nt$": "TWD",
    "₩": "KRW",
    "원": "KRW",
    "원": "KRW",
    "₴": "UAH",
    "грн": "UAH",
    "руб": "RUB",
    "руб.": "RUB",
    "рублей": "RUB",
    "₽": "RUB",
    "тенге": "KZT",
    "теңге": "KZT",
    "tenge": "KZT",
    "lei": "RON",
    "rmb": "CNY",
    "人民币": "CNY",
    "人民幣": "CNY",
    "元": "CNY",
    "新台幣": "TWD",
    "新台币": "TWD",
    "₦": "NGN",
    "naira": "NGN",
    "₫": "VND",
    "dong": "VND",
    "฿": "THB",
    "baht": "THB",
    "บาท": "THB",
    "₺": "TRY",
    "tl": "TRY",
    # The dirham is Morocco's "DH" and the Emirates' "Dhs"/"درهم": the caller's thread may say which (see the engine).
    "dh": "MAD",
    "dhs": "AED",
    "dirham": "MAD",
    "dirhams": "MAD",
    "درهم": "AED",
    "درهماماراتي": "AED",
    "ريالسعودي": "SAR",
    "ريال": "SAR",
    "جنيهمصري": "EGP",
    "دولارامريكي": "USD",
    "دولاراميركي": "USD",
    "دولار": "USD",
    "يورو": "EUR",
    "₪": "ILS",
    "nis": "ILS",
    "₱": "PHP",
    "rm": "MYR",
    "ft": "HUF",
    "fcfa": "XOF",
    "cfa": "XOF",
    "manat": "AZN",
    "₼": "AZN",
    "₸": "KZT",
    "lari": "GEL",
    "ლარი": "GEL",
    "₾": "GEL",
    "৳": "BDT",
    "টাকা": "BDT",
    "جنيه": "EGP",
    "ج.م": "EGP",
    "روپے": "PKR",
    "روپیہ": "PKR",
    "денари": "MKD",
    "դրամ": "AMD",
    "leke": "ALL",
    "lek": "ALL",
    "jp¥": "JPY",
    "jp￥": "JPY",
    "cn¥": "CNY",
    "cn￥": "CNY",
    "rmb¥": "CNY",
    "rmb￥": "CNY",
}
# The South African rand is written "R 12 500,00" or "R12,300.00": a bare "R" is read as rand only where the caller
# knows the text is South African (a ZAR thread), since elsewhere an "R" before a number is anything but money.
_RAND = re.compile(rf"(?<![\w$])R\s?(?P<a>{_NUMBER})(?![\d$])", re.IGNORECASE)


# Korean counts large sums in myriads: "462만 원" is 4,620,000 won, "1.5억 원" 150,000,000 (composed or decomposed, as
# folded text has it).
_MYRIAD_UNITS = {"만": Decimal(10_000), "억": Decimal(100_000_000)}
# The dong's sign "đ" after a grouped figure ("40.000.000 đ"), which folding turns into a bare "d": only a figure with
# thousands groups is money ("30 d" may be days).
_DONG_SIGN = re.compile(r"(?<![\d.,])(?P<a>\d{1,3}(?:[.,]\d{3})+)\s?[dđ](?!\w)", re.IGNORECASE)
_KO_MYRIAD = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,4}(?:[.,]\d{1,2})?)\s?(?P<unit>"
    + "|".join(f"{u}|{unicodedata.normalize('NFD', u)}" for u in _MYRIAD_UNITS)
    + r")\s?(?:원|"
    + unicodedata.normalize("NFD", "원")
    + ")"
)


@dataclass(frozen=True)
class FoundAmount:
    start: int
    end: int
    value: Decimal
    currency: str
    text: str


def parse_number(raw: str) -> Decimal | None:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "").strip()
    if re.search(r"[.,]\d{1,2}$", s):
        cut = max(s.rfind("."), s.rfind(","))
        s = re.sub(r"[.,\s]", "", s[:cut]) + "." + s[cut + 1 :]
    else:
        s = re.sub(r"[.,\s]", "", s)
    try:
        return Decimal(s).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


# "RM 1,500", "RM12.50": a figure written as money (cents or grouped thousands).
_RINGGIT_FIGURE = re.compile(r"\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{2}")
_MALAYSIAN = re.compile(
    r"\b(malaysia\w*|ringgit|myr|sdn\.? bhd|berhad|kuala lumpur|penang|johor|selangor|sabah|sarawak|"
    r"terima kasih|encik|puan)\b",
    re.IGNORECASE,
)


# A bare "¥" is the yen unless the text is Chinese (Han characters without kana) or names the yuan.
_KANA = re.compile(r"[\u3040-\u30ff]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]|\b(yuan|renminbi|rmb|cny)\b", re.IGNORECASE)


def _yen_sign(text: str) -> str:
    return "JPY" if _KANA.search(text) or not _CHINESE.search(text) else "CNY"


# Arabic-Indic and Persian digits with the Arabic thousands and decimal marks ("٨٬٤٥٠٫٠٠" = 8,450.00), one character
# for one, so the positions found stay those of the text.
# Bengali and Devanagari digits likewise ("৳৪৫,০০০" = 45,000 taka).
_EASTERN_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫০১২৩৪৫৬৭৮৯०१२३४५६७८९", "01234567890123456789,.01234567890123456789"
)


def find_amounts(text: str, *, rand: bool = False) -> list[FoundAmount]:
    """Every amount in the text; ``rand=True`` also reads a bare "R 12 500,00" as ZAR."""
    text = text.translate(_EASTERN_DIGITS)
    out = []
    for m in AMOUNT.finditer(text):
        value = parse_number(m.group("a") or m.group("b"))
        word = (m.group("pre") or m.group("post") or "").lower().replace(" ", "")
        currency = CURRENCY_WORDS.get(word, word.upper())
        if word in ("¥", "￥"):
            currency = _yen_sign(text)
        if word == "$" and (code := _DOLLAR_CODE.match(text, m.end())):
            currency = code.group(1).upper()
        if word == "ft" and value is not None and value < 1000:
            continue  # "400 ft" is a length; the forint's sums run to thousands
        if word == "rm" and not _RINGGIT_FIGURE.fullmatch(m.group("a")) and not _MALAYSIAN.search(text):
            continue  # "room RM 12", part "RM12": a ringgit sum has cents or thousands, or a Malaysian setting
        if value is not None and value > 0:
            out.append(FoundAmount(m.start(), m.end(), value, currency, m.group(0).strip()))
    for m in _KO_MYRIAD.finditer(text):
        count = parse_number(m.group("a"))
        if count is not None and count > 0 and not any(a.start < m.end() and m.start() < a.end for a in out):
            unit = _MYRIAD_UNITS[unicodedata.normalize("NFC", m.group("unit"))]
            out.append(FoundAmount(m.start(), m.end(), count * unit, "KRW", m.group(0).strip()))
    for m in _DONG_SIGN.finditer(text):
        dong = parse_number(m.group("a"))
        if dong is not None and dong > 0 and not any(a.start < m.end() and m.start() < a.end for a in out):
            out.append(FoundAmount(m.start(), m.end(), dong, "VND", m.group(0).strip()))
    out.sort(key=lambda a: a.start)
    if rand:
        for m in _RAND.finditer(text):
            value = parse_number(m.group("a"))
            if (
                value is not None
                and value > 0
                and not any(a.start < m.end() and m.start() < a.end for a in out)
            ):
                out.append(FoundAmount(m.start(), m.end(), value, "ZAR", m.group(0).strip()))
        out.sort(key=lambda a: a.start)
    return out
