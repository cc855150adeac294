"""Payer names as banks write them versus customer names as the ledger has them."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from chalicelib.domain.text import latin_greek, strip_accents

# Legal forms carry no identity: "Northwind Traders Inc." and "NORTHWIND TRADERS" are one payer.
_LEGAL = {
    # Greek: A.E. (société anonyme), E.P.E. and I.K.E. (limited companies), O.E. and E.E. (partnerships).
    "ae",
    "epe",
    "ike",
    "oe",
    "ee",
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "kg",
    "ohg",
    "ug",
    "ev",
    "sarl",
    "sas",
    "sa",
    "sasu",
    "eurl",
    "bv",
    "nv",
    "vof",
    "spa",
    "srl",
    "snc",
    "sl",
    "slu",
    "sau",
    "lda",
    "ltda",
    "pty",
    "pte",
    "oy",
    "ab",
    "as",
    "aps",
    "kft",
    "sro",
    "zoo",
    # Polish forms written out by banks ("SPOLKA AKCYJNA", "SP Z OO", "spółka z ograniczoną odpowiedzialnością"),
    # and the Baltic, Finnish, Hungarian and Slovak ones: UAB, SIA, OÜ, Oyj, Zrt./Nyrt., spol. s r.o.
    "sp",
    "spolka",
    "akcyjna",
    "komandytowa",
    "jawna",
    "ograniczona",
    "odpowiedzialnoscia",
    "uab",
    "sia",
    "ou",
    "oyj",
    "zrt",
    "nyrt",
    "spol",
    # Croatian, Serbian and Slovenian d.o.o., Bulgarian OOD/EOOD, Icelandic ehf.
    "doo",
    "ood",
    "eood",
    "ehf",
    # South-East Asia: PCL (Thai public company), Sdn Bhd and Bhd (Malaysia), Tbk (Indonesian listed), JSC.
    "pcl",
    "sdn",
    "bhd",
    "tbk",
    "jsc",
    # Ukrainian, Russian and Kazakh forms as banks write them in Latin letters ("TOV ZORIA" is ТОВ "Зоря").
    "tov",
    "stov",
    "fop",
    "prat",
    "ooo",
    "too",
    "the",
    "and",
    "und",
    "et",
    "y",
    "e",
}
# "Holdings" and "Group" are not in the list: they tell a parent from its subsidiaries ("Granite Peak Holdings"
# is not "Granite Peak Construction"), and a parent paying for a subsidiary is a person's call.


LEGAL_FORMS = frozenset(_LEGAL)
_LONG_LEGAL = [w for w in _LEGAL if len(w) >= 5]

# Banks and AP systems abbreviate the words that do carry identity: "JOHNSON BROS" is "Johnson Brothers" as much
# as "Johnson Bros.", and "DELGADO BLDG SUP" is "Delgado Building Supply". Written out, both names compare alike.
_ABBREVIATIONS = {
    "bros": "brothers",
    "bro": "brothers",
    "intl": "international",
    "natl": "national",
    "mfg": "manufacturing",
    "svc": "services",
    "svcs": "services",
    "serv": "services",
    "bldg": "building",
    "bldrs": "builders",
    "sup": "supply",
    "supp": "supply",
    "constr": "construction",
    "cnstr": "construction",
    "const": "construction",
    "contr": "contractors",
    "mgmt": "management",
    "assoc": "associates",
    "assocs": "associates",
    "dist": "distribution",
    "distr": "distribution",
    "ent": "enterprises",
    "ents": "enterprises",
    "hldgs": "holdings",
    "grp": "group",
    "ctr": "center",
    "ctre": "centre",
    "elec": "electric",
    "eng": "engineering",
    "engg": "engineering",
    "prod": "products",
    "prods": "products",
    "ind": "industries",
    "inds": "industries",
    "tech": "technologies",
    "mtl": "metal",
    "mktg": "marketing",
    "dev": "development",
    "props": "properties",
    "prop": "properties",
}


# Arabic names reach us transliterated many ways: "Moustafa Abdul Fattah" and "MUSTAFA ABDEL FATTAH" are one
# spelling of one name (and "El"/"Al" one article). One spelling per name, so two customers who share a name
# compare alike (and a payer fitting both goes to a person) instead of one winning on letters.
_TRANSLITERATIONS = {
    **dict.fromkeys("mohammed mohamed mohammad mohamad muhammed mohammed mohamud".split(), "muhammad"),
    **dict.fromkeys("moustafa mostafa mustapha moustapha".split(), "mustafa"),
    **dict.fromkeys("abdul abdel abdal abdoul abdu".split(), "abd"),
    **dict.fromkeys("el".split(), "al"),
    **dict.fromkeys("ahmed".split(), "ahmad"),
    **dict.fromkeys("hassan".split(), "hasan"),
    **dict.fromkeys("hussein hussain husain hossein hosein".split(), "husayn"),
    **dict.fromkeys("osman othman usman".split(), "uthman"),
    **dict.fromkeys("youssef yousef yousif youssif yusef".split(), "yusuf"),
    **dict.fromkeys("ebrahim".split(), "ibrahim"),
    **dict.fromkeys("khaled".split(), "khalid"),
    **dict.fromkeys("saeed saied".split(), "said"),
    **dict.fromkeys("mahmoud".split(), "mahmud"),
    **dict.fromkeys("abdallah".split(), "abdullah"),
    **dict.fromkeys("tarek tarik".split(), "tariq"),
    **dict.fromkeys("sherif".split(), "sharif"),
    **dict.fromkeys("magdy".split(), "magdi"),
    **dict.fromkeys("hamdy".split(), "hamdi"),
    **dict.fromkeys("fathy".split(), "fathi"),
    **dict.fromkeys("naggar".split(), "najjar"),
}


def _canonical_words(words: list[str]) -> list[str]:
    """Each word in one spelling: abbreviations written out ("bldg"), transliterations made one ("Mohamed"),
    "Abdulaziz", "Abd El Aziz" and "Abdul Aziz" as "abd aziz", and a final -y or -i one letter ("Shalaby",
    "Shalabi")."""
    out: list[str] = []
    for word in words:
        w = _TRANSLITERATIONS.get(word, _ABBREVIATIONS.get(word, word))
        for head in ("abdul", "abdel", "abdal"):
            if w.startswith(head) and len(w) > len(head) + 2:
                out.append("abd")
                w = w[len(head) :]
                break
        if out and out[-1] == "abd" and w in ("al", "el"):
            continue
        out.append(w[:-1] + "i" if len(w) >= 5 and w.endswith("y") and w[-2] not in "aeiouy" else w)
    return out


# Katakana in Hepburn, as Japanese companies romanise their names ("ﾌｼﾞﾀｷﾞｹﾝ" is Fujita Giken). Banks in Japan
# send payer names in half-width katakana only (the Zengin character set), which has no small kana: "ｼﾖ" is
# "ショ" (sho), "ﾆﾂﾎﾟﾝ" is "ニッポン" (Nippon).
_KANA = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンヴ"
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポァィゥェォャュョヮ",
        "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
        "ya yu yo ra ri ru re ro wa o n vu ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe "
        "po a i u e o ya yu yo wa".split(),
        strict=True,
    )
)
# Legal forms the bank abbreviates before or after the name: ｶ) and (ｶ 株式会社, ﾕ) 有限会社, ﾄﾞ) 合同会社, ｲ) 医療法人.
_KANA_LEGAL = re.compile(
    r"^[ァ-ヴ]{1,3}\)|\([ァ-ヴ]{1,3}\)?$|\([ァ-ヴ]{1,3}\)|カブシキガイシヤ|カブシキカイシヤ|ユウゲンガイシヤ"
)


def kana_romaji(name: str) -> str:
    """A katakana name in Latin letters, long vowels folded as romanised names write them ("ｶ)ﾏﾙﾋﾞｼﾃﾞﾝｺｳ" ->
    "marubishidenko": the words the bank ran together stay together), or the name unchanged without katakana."""
    if name.isascii():
        return name
    composed = unicodedata.normalize("NFKC", name)
    if not re.search(r"[ァ-ヴ]", composed):
        return name
    bare = _KANA_LEGAL.sub(" ", composed)
    return _folded_kana(
        "".join(_KANA.get(ch, " " if ch in "()・.,-" else ch) for ch in bare.replace("ー", ""))
    )


def _folded_kana(latin: str) -> str:
    """Kana spelt kana by kana in lower-case Latin, as romanised names write them: no small kana, no long vowels."""
    latin = re.sub(r"(sh|ch|j)iy([auo])", r"\1\2", latin)  # シヨ, large for small ョ: sho
    latin = re.sub(r"([kgnhbpmr])iy([auo])", r"\1y\2", latin)  # キヨ: kyo
    latin = re.sub(r"tsu(?=([kstpc]))", r"\1", latin)  # ツ before k, s, t, p is the small ッ: nippon
    return re.sub(r"ou|oo", "o", re.sub(r"uu", "u", latin))


# The same Zengin name field as some banks deliver it, each kana written in Latin letters: "KA)TOUKAI SHIYOUJI"
# is ｶ)ﾄｳｶｲ ｼﾖｳｼﾞ, Tokai Shoji; "NITSUSHIN TSUUSHIN(KA" is ﾆﾂｼﾝ ﾂｳｼﾝ(ｶ, Nisshin Tsushin. The legal form the bank
# abbreviates marks such a name: KA) / (KA for kabushiki kaisha, YU) for yugen kaisha, GO) for godo kaisha, and
# "KK" written as a word. Without one of these marks a Latin name is read as it is.
_ZENGIN_LEGAL = re.compile(
    r"^\s*(?:KA|YU|GO)\)\s*|\s*\((?:KA|YU|GO)\)?\s*$|\((?:KA|YU|GO)\)|^\s*KK\s+|\s+KK\s*$", re.IGNORECASE
)


def zengin_latin(name: str) -> str | None:
    """A Japanese bank's Latin-lettered kana name folded as romanised names are written, its legal form gone
    ("KA)RIYOUYOU SHIYOUJI" -> "ryoyo shoji"), or None for a name without a Japanese legal-form mark."""
    if not name.isascii() or not _ZENGIN_LEGAL.search(name):
        return None
    bare = " ".join(_ZENGIN_LEGAL.sub(" ", name).split())
    return _folded_kana(bare.lower()) if bare else None


_FOLDABLE = re.compile(r"iy|tsu|uu|ou|oo")


@lru_cache(maxsize=65_536)
def kana_folded(name: str) -> str:
    """A customer's romanised name folded the same way, so that a name the bank's kana spells ambiguously
    ("MATSUSHITA" is マツシタ or マッシタ) compares alike on both sides."""
    lower = name.lower()
    return _folded_kana(lower) if _FOLDABLE.search(lower) else lower


def _word_table(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """English words (a regex each, matched whole) with the reading that stands for them."""
    return tuple((re.compile(rf"\b(?:{english})\b"), reading) for english, reading in pairs)


# A Japanese customer's English name translates the words its bank name spells in katakana: the bank sends
# "ﾐﾄﾞﾘｶﾞｵｶｾｲﾔｸ" (Midorigaoka Seiyaku) for "Midorigaoka Pharmaceutical Co., Ltd.". These generic words read back
# the way kana_romaji writes the katakana; the legal forms a bank abbreviates (医療法人 ｲ), 学校法人) go.
_JAPANESE_READINGS = _word_table(
    (
        (r"medical corporation|educational foundation|school corporation|incorporated foundation", ""),
        (r"research institute|institute of research|institute", "kenkyujo"),
        (r"pharmaceuticals?", "seiyaku"),
        (r"hospital", "byoin"),
        (r"clinic", "kurinikku"),
        (r"laborator(?:y|ies)|lab", "rabo"),
        (r"manufacturing|works", "seisakusho"),
        (r"industr(?:y|ies|ial)", "kogyo"),
        (r"trading", "shoji"),
        (r"electric", "denki"),
        (r"electronics", "denshi"),
        (r"chemicals?|chemistry", "kagaku"),
        (r"medical", "medeikaru"),
        (r"university", "daigaku"),
        (r"instruments?", "keiki"),
        (r"precision", "seimitsu"),
        (r"machinery", "kikai"),
        (r"construction", "kensetsu"),
        (r"transport", "unyu"),
        (r"logistics", "butsuryu"),
        (r"plating", "mekki"),
        (r"communications?", "tsushin"),
        (r"measurement|metrology", "keisoku"),
        (r"semiconductors?", "handotai"),
        (r"materials?", "zairyo"),
        (r"foods?", "shokuhin"),
    )
)
# Or the katakana spells the English word itself, as Japanese writes loanwords: "ﾐﾅﾄｴﾚｸﾄﾛﾆｸｽ" is Minato
# Electronics, "ｱｵﾊﾞﾃﾞﾊﾞｲｽｻｰﾋﾞｽ" Aoba Device Service (long vowels and small kana go as kana_romaji reads them).
_LOANWORDS = _word_table(
    (
        (r"mechatronics", "mekatoronikusu"),
        (r"electronics", "erekutoronikusu"),
        (r"electric", "erekutorikku"),
        (r"devices?", "debaisu"),
        (r"services?", "sabisu"),
        (r"systems?", "shisutemu"),
        (r"technology|technologies", "tekunoroji"),
        (r"tech", "tekku"),
        (r"engineering", "enjiniaringu"),
        (r"design", "dezain"),
        (r"networks?", "nettowaku"),
        (r"solutions?", "soryushon"),
        (r"components?", "konponento"),
        (r"connectors?", "konekuta"),
        (r"sensors?", "sensa"),
        (r"display", "disupurei"),
        (r"circuits?", "sakitto"),
        (r"trading", "toreidingu"),
        (r"international", "intanashonaru"),
        (r"industries", "indasutorizu"),
        (r"motors?", "mota"),
        (r"products?", "purodakutsu"),
    )
)
# Japanese legal forms a romanised name keeps as letters: K.K. (kabushiki kaisha), Y.K. (yugen), G.K. (godo).
_JAPANESE_LEGAL_WORDS = re.compile(r"\b(?:kk|yk|gk)\b")


@lru_cache(maxsize=65_536)
def katakana_readings(name: str) -> tuple[str, ...]:
    """A romanised customer name as a bank's katakana would spell it, words run together as the Zengin field
    runs them ("Nishiki Plating Y.K." -> "nishikimekki", "Aoba Device Service LLC" -> "aobadebaisusabisu"): the
    name itself, its generic words read in Japanese, and its English words spelt as loanwords; () for a name
    not in Latin letters."""
    latin = normalize_name(" ".join(part for part in name.split("/") if part.isascii()))
    latin = " ".join(_JAPANESE_LEGAL_WORDS.sub(" ", latin).split())
    if not latin:
        return ()
    readings = [latin]
    for table in (_JAPANESE_READINGS, _LOANWORDS):
        read = latin
        for english, reading in table:
            read = english.sub(reading, read)
        readings.append(read)
    return tuple(dict.fromkeys(_folded_kana(r.replace(" ", "")) for r in readings))


@lru_cache(maxsize=65_536)
def japanese_reading(name: str) -> str | None:
    """The Latin part of a Japanese customer's name with its generic English words read back in Japanese
    ("Kowa Research Institute" -> "kowa kenkyujo"), or None when it has no such word."""
    latin = normalize_name(" ".join(part for part in name.split("/") if part.isascii()))
    read = latin
    for english, reading in _JAPANESE_READINGS:
        read = english.sub(reading, read)
    read = " ".join(read.split())
    return read if read and read != latin else None


# Cyrillic as the bank's Latin writes it: Serbian by Gaj's alphabet (ГРАДЊА НИШ is Gradnja Niš), Bulgarian,
# Russian and Ukrainian by the streamlined systems (ХИДРО ВАРНА is Hidro Varna, Щ is sht).
_CYRILLIC = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюяђјљњћџёыэєіїґ",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a _ yu ya dj j lj nj c dz e y e ye i yi g".split(),
        strict=True,
    )
)
_SERBIAN = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")
_SERBIAN_SOUNDS = {"ж": "z", "ц": "c", "ч": "c", "ш": "s", "х": "h"}


def cyrillic_latin(name: str) -> str:
    """A name in Cyrillic letters in Latin ones, lower case, without its legal form, or the name unchanged
    without Cyrillic."""
    if not re.search(r"[\u0400-\u04ff]", name):
        return name
    name = _without_cyrillic_legal_form(name) or name
    serbian = _SERBIAN.search(name) is not None
    out = []
    for ch in name.lower():
        latin = (_SERBIAN_SOUNDS.get(ch) if serbian else None) or _CYRILLIC.get(ch, ch)
        out.append("" if latin == "_" else latin)
    return "".join(out)


# Ukrainian, Russian and Kazakh legal forms, abbreviated (ТОВ, ТОО, ФОП, ПП, ФГ, КХ...) or written out by the bank
# and cut where its field ends ("ПРИВАТНЕ ПІДПРИЄМСТВО ТАВРІЯ-2005" is ПП "Таврія-2005", "ТОВАРИСТВО З ОБМЕЖЕНОЮ
# ВІДПОВІДАЛЬНІСТ" is any ТОВ): they carry no identity. Read in Cyrillic, so the short ones (ат, ип, дп) never touch
# a Latin name; the Latin forms banks write (TOV, TOO, FOP) are in _LEGAL.
_CYRILLIC_LEGAL_ABBREVIATIONS = frozenset(
    "пп фоп фг сфг тов тоо стов кх кфх пат прат ат ао пао зао оао ооо ип чп спд дп".split()
)
_CYRILLIC_LEGAL_WORDS = (
    "приватне підприємство фізична особа підприємець фермерське господарство товариство обмеженою "
    "відповідальністю сільськогосподарське акціонерне публічне державне товарищество ограниченной "
    "ответственностью общество индивидуальный предприниматель крестьянское фермерское хозяйство акционерное "
    "частное предприятие"
).split()


def _without_cyrillic_legal_form(name: str) -> str:
    """The name's words without its Cyrillic legal form; a cut last word counts when it begins a legal word."""
    # Initials stay one word, as normalize_name keeps them: "М.І." is "мі".
    words = re.findall(r"\w+", re.sub(r"(?<=\b\w)\.(?=\w\b)", "", name.lower()))
    kept: list[str] = []
    for k, word in enumerate(words):
        legal = word in _CYRILLIC_LEGAL_ABBREVIATIONS or word in _CYRILLIC_LEGAL_WORDS
        # "з"/"с" only between legal words ("товариство з обмеженою"), a cut word only at the end.
        joins = word in ("з", "с") and words[k + 1 : k + 2] and words[k + 1] in _CYRILLIC_LEGAL_WORDS
        cut = (
            k == len(words) - 1 and len(word) >= 4 and any(w.startswith(word) for w in _CYRILLIC_LEGAL_WORDS)
        )
        if not (legal or joins or (cut and len(kept) < k)):
            kept.append(word)
    if len(kept) == 3 and _PATRONYMIC.search(kept[2]) and kept[1].isalpha() and _SOLE_TRADER & set(words):
        # A sole trader's full name as the bank writes it, "ФОП ГОНЧАРЕНКО ЮРІЙ ПАВЛОВИЧ", is "ФОП Гончаренко Ю.П." on
        # the invoice: surname and initials, taken here before transliteration splits "Ю" into two letters. Only a
        # sole trader's: a company's third word may end like a patronymic ("Завод Металург Ілліч").
        kept = [kept[0], kept[1][0] + kept[2][0]]
    return " ".join(kept)


_SOLE_TRADER = frozenset("фоп ип спд підприємець предприниматель".split())
# Ukrainian and Russian patronymics: Павлович, Миколайович, Іванівна, Сергеевна, Ильич.
_PATRONYMIC = re.compile(r"(ович|евич|йович|ьович|івна|ївна|овна|евна|ична|інична|ич)$")


# Georgian (Mkhedruli) as Georgian banks and registers write it in Latin letters (the national system), without
# the legal forms შპს (LLC), სს (JSC) and ი/მ (sole trader): "შპს ივერია აგრო" is Iveria Agro LLC.
_GEORGIAN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
_GEORGIAN_LEGAL = re.compile(r"(?<![\u10d0-\u10ff])(შპს|სს|ი/მ|ი\.მ\.|ააიპ)(?![\u10d0-\u10ff])")


def georgian_latin(name: str) -> str:
    """A name in Georgian letters in Latin ones, without its legal form, or the name unchanged without Georgian."""
    if not re.search(r"[\u10d0-\u10ff]", name):
        return name
    return "".join(_GEORGIAN.get(ch, ch) for ch in _GEORGIAN_LEGAL.sub(" ", name))


_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i", "ħ": "h"})


@lru_cache(maxsize=262_144)
def normalize_name(name: str) -> str:
    if name.isascii():
        plain = name.lower()  # nothing to decompose, transliterate or strip of accents
    else:
        # strip_accents also drops strokes: "Bałtyk" is "Baltyk", not "Ba tyk"; ligatures are spelt out.
        plain = strip_accents(
            latin_greek(kana_romaji(georgian_latin(cyrillic_latin(name)))).casefold().translate(_LIGATURES)
        )
    plain = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", plain)  # s.a.r.l. -> sarl, b.v. -> bv
    # Polish "sp. z o.o." and Czech/Slovak "spol. s r.o." as banks space them ("SP Z O O", "S R O").
    plain = re.sub(
        r"\b([zs]) ?(o) ?(o)\b|\b(s) ?(r) ?(o)\b", lambda m: "".join(filter(None, m.groups())), plain
    )
    words = re.findall(r"[a-z0-9]+", plain.replace("&", " and "))
    # Legal forms go before spellings are made one: "company" would become "compani" and stay. A Thai "Public
    # Company Limited" is the PCL the bank writes.
    bare = [
        w
        for k, w in enumerate(words)
        if w not in _LEGAL
        and not (w == "public" and words[k + 1 : k + 2] in (["company"], ["co"], ["limited"]))
    ]
    kept = [w for w in _canonical_words(bare) if w not in _LEGAL]
    if len(kept) > 1 and len(kept[-1]) >= 3 and any(f.startswith(kept[-1]) for f in _LONG_LEGAL):
        kept.pop()  # the bank cut a legal form: "QUARTZ FREIGHT CORPORATIO"
    return " ".join(kept or words)


def similarity(a: str, b: str) -> float:
    """Stdlib fallback in [0, 1]; production injects rapidfuzz's (see adapters/rapidfuzz_names.py)."""
    x, y = normalize_name(a), normalize_name(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    return SequenceMatcher(None, x, y).ratio()


# "Lakeland Capital Corp. dba Lakeland Scaffold & Shoring": the bank shows whichever name the account is in.
_TRADES_AS = re.compile(
    r"\s(?:d\.?/?b\.?/?a\.?|t/a|o/a|trading as|doing business as|operating as)\s", re.IGNORECASE
)


@lru_cache(maxsize=65_536)
def trading_names(name: str) -> tuple[str, ...]:
    """The name, and its legal and trading parts when it says one trades as the other."""
    parts = [part.strip() for part in _TRADES_AS.split(name, maxsplit=1)]
    return (name, *parts) if len(parts) == 2 and all(parts) else (name,)


# How a bank without diacritics spells German and Nordic letters: "LOEFFLER & GUENTHER" for Löffler & Günther,
# "SOERENSEN" for Sørensen, "AAHUS" for Åhus (stripping the accents would give "Loffler", "Sorensen").
_SPELT_OUT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ø": "oe",
        "å": "aa",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "Ø": "Oe",
        "Å": "Aa",
    }
)


@lru_cache(maxsize=65_536)
def spelt_out(name: str) -> str | None:
    """The name with ä, ö, ü, ß, ø and å written as a bank's plain letters spell them, when it has any."""
    spelt = name.translate(_SPELT_OUT)
    return spelt if spelt != name else None


_APOSTROPHE = re.compile(r"(?<=\w)['’`](?=\w)")


@lru_cache(maxsize=65_536)
def truncated_match(payer: str, customer: str) -> bool:
    """Banks cut names at 18-35 characters: a long enough payer name that starts the customer's name. The bank's
    field drops the apostrophe ("ST CHADS C OF E PR" for St Chad's C of E Primary): one word on both sides."""
    x, y = normalize_name(_APOSTROPHE.sub("", payer)), normalize_name(_APOSTROPHE.sub("", customer))
    return len(x) >= 8 and y.startswith(x) and len(x) < len(y)


def _abbreviates(short: str, word: str, *, cut: bool) -> bool:
    """A bank's shortening of one word: the word itself, its first letters where the field ends ("H" for Home),
    or its letters in order from the first ("COOP" Cooperativa, "GRAL" General, "AGROIND" Agroindustrial)."""
    if short == word or (cut and word.startswith(short)):
        return True
    if len(short) < 3 or len(short) >= len(word) or short[0] != word[0]:
        return False
    letters = iter(word)
    return all(c in letters for c in short)


@lru_cache(maxsize=65_536)
def words_begun(payer: str, customer: str) -> int:
    """How many of the customer's name words the payer's name spells from its start, each as written or
    shortened; 0 when it does not begin the name. "ST MARYS NURSING H" begins St Mary's Nursing Home Cardiff (4
    words); "COOP AGROP GRAL SAN MARTIN" Cooperativa Agropecuaria General San Martín de Junín (5)."""

    def words(name: str) -> list[str]:
        # "St Mary's" is one word in a bank's field, which drops the apostrophe.
        return normalize_name(re.sub(r"['’`]", "", name)).split()

    said, own = words(payer), words(customer)
    if not said or len(said) > len(own):
        return 0
    last = len(said) - 1
    spelt = all(_abbreviates(s, w, cut=k == last) for k, (s, w) in enumerate(zip(said, own, strict=False)))
    return len(said) if spelt else 0


def _article_joined(words: list[str]) -> list[str]:
    """Arabic names with the article run into the name, as banks often write them: "al marri" is "almarri"."""
    out: list[str] = []
    for word in words:
        if out and out[-1] == "al" and len(word) >= 3:
            out[-1] = "al" + word
        else:
            out.append(word)
    return out


@lru_cache(maxsize=65_536)
def abbreviates_whole(payer: str, customer: str) -> bool:
    """The payer's name writes every word of the customer's, in order, its first (distinctive) word whole and
    the others shortened as a bank's field makes them: "ALMARRI GEN CONT LLC" is Al Marri General Contracting
    LLC. The whole name, not its start: a cut name is truncated_match's and words_begun's."""
    said, own = (
        _article_joined(normalize_name(payer).split()),
        _article_joined(normalize_name(customer).split()),
    )
    if len(said) < 2 or len(said) != len(own) or len(said[0]) < 4 or said == own:
        return False
    # "ELMARRI" run together is "Al Marri" as much as "El Marri" written apart is.
    if said[0] != own[0] and not (own[0].startswith("al") and said[0] == "el" + own[0][2:]):
        return False
    return all(_abbreviates(s, w, cut=False) for s, w in zip(said[1:], own[1:], strict=True))


def _written_words(name: str) -> list[str]:
    """A name's words as a bank writes them: plain letters, no apostrophes, the legal form kept."""
    if name.isascii():
        plain = name.lower()
    else:
        plain = strip_accents(
            latin_greek(kana_romaji(georgian_latin(cyrillic_latin(name)))).casefold().translate(_LIGATURES)
        )
    plain = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", re.sub(r"['’`]", "", plain))
    # "S.à r.l." is one legal form (a SARL), not an S.A. and two more words.
    plain = re.sub(r"\bs\.? ?a\.? ?r\.? ?l\b\.?", "sarl", plain)
    return re.findall(r"[a-z0-9]+", plain.replace("&", " and "))


@lru_cache(maxsize=65_536)
def stops_short_of(payer: str, customer: str) -> bool:
    """The payer's name, legal form and all as the bank wrote it, begins this customer's name and ends before it
    does: "DUTY FREE ORLY" stops short of Duty Free Orly Sud (and of Duty Free Orly Sud II), "BELLE EPOQ" of Belle
    Époque. A name whose every word is there is not cut ("CAVE DU PORT SARL" is not the start of Cave du Port II:
    the bank wrote a word that name does not have)."""
    said, own = _written_words(payer), _written_words(customer)
    if not said or len(said) > len(own):
        return False
    last = len(said) - 1
    # The last word the bank cut, so it begins the customer's word ("HORA" is Horák, not Horváth); a legal form
    # written whole ("S.A.") is not a cut one ("SARL").
    if not own[last].startswith(said[last]) or (said[last] in _LEGAL and said[last] != own[last]):
        return False
    if not all(_abbreviates(s, w, cut=False) for s, w in zip(said[:last], own, strict=False)):
        return False
    return len(said) < len(own) or own[last] != said[last]


# Japanese and Korean legal forms, before or after the name: 株式会社白波 and 白波株式会社 are one company.
_CJK_LEGAL = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|㈱|㈲|주식회사|유한회사|\(주\)|㈜|股份有限公司|有限公司|公司"
)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
# Place names and words that start many unrelated companies' names: no sign of one group.
_CJK_GENERIC_STEMS = frozenset(
    "日本 東京 大阪 京都 名古屋 中央 関西 関東 大韓 한국 서울 부산 台灣 台湾 中國 中国 新竹 台北".split()
)


@lru_cache(maxsize=65_536)
def cjk_core(name: str) -> str:
    """A Japanese, Chinese or Korean company name without its legal form ("有限会社吉野製作所" -> "吉野製作所",
    "Lianfeng Electronics Co., Ltd. (聯豐電子股份有限公司)" -> "聯豐電子"), or "" for a name in Latin letters only
    (``normalize_name`` reads those, and would find nothing in these)."""
    composed = _CJK_LEGAL.sub(" ", unicodedata.normalize("NFKC", name))
    runs = _CJK_RUN.findall(composed)
    core = max(runs, key=len) if runs else ""
    return core if len(core) >= 3 else ""


# Legal forms a bank's name field cuts short at its end: "建昇儀器股份有限公" is 建昇儀器股份有限公司.
_CJK_LEGAL_TAILS = ("股份有限公司", "有限公司", "株式会社", "주식회사", "유한회사")


def cjk_payer_core(payer: str) -> str:
    """The core of a payer name in Chinese, Japanese kanji or Korean, a legal form the bank cut short removed
    (a form written whole goes with cjk_core); "" for a name in Latin letters or katakana only."""
    if payer.isascii():
        return ""
    name = unicodedata.normalize("NFKC", payer).strip()
    for form in _CJK_LEGAL_TAILS:
        if cut := next((n for n in range(len(form) - 1, 1, -1) if name.endswith(form[:n])), None):
            name = name[:-cut]
            break
    core = cjk_core(name)
    # Katakana alone is a romanised name's spelling (kana_romaji reads it), not a written company name.
    return core if re.search(r"[\u3400-\u9fff\uac00-\ud7af]", core) else ""


def cjk_fits(payer_core: str, customer_name: str) -> bool:
    """The payer's written name is the customer's, legal forms aside ("建昇儀器" and 建昇儀器股份有限公司 /
    Jiansheng Instruments), or four characters or more of it ("은하의료재단" in 의료법인 은하의료재단 은하병원):
    a bank that writes a name in its own script writes it whole or cut, never respelt."""
    if not payer_core or customer_name.isascii():
        return False
    if payer_core == cjk_core(customer_name):
        return True
    return len(payer_core) >= 4 and payer_core in re.sub(
        r"\s", "", unicodedata.normalize("NFKC", customer_name)
    )


def cjk_legal_form(name: str) -> bool:
    """The name carries a Japanese, Chinese or Korean legal form (주식회사, (주), 株式会社, ㈱, 有限公司)."""
    return bool(_CJK_LEGAL.search(unicodedata.normalize("NFKC", name)))


def cjk_cut(payer_core: str, customer_name: str) -> bool:
    """The payer's written name begins the customer's, legal forms aside, and stops before its end: the bank's
    field ended inside a name written without spaces ("주식회사한빛전" for 주식회사 한빛전자)."""
    core = cjk_core(customer_name)
    return bool(payer_core) and len(core) > len(payer_core) and core.startswith(payer_core)


def cjk_bigrams(name: str) -> set[str]:
    """Every pair of neighbouring characters in a name's Chinese, Japanese or Korean runs: the index a payer's
    written name is looked up by, wherever in the customer's name it sits."""
    runs = _CJK_RUN.findall(unicodedata.normalize("NFKC", name))
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)}


def cjk_stem(name: str) -> str | None:
    """The first two characters of a CJK company name ("北斗" of 株式会社北斗精密): a group's shared name."""
    core = cjk_core(name)
    return core[:2] if core and core[:2] not in _CJK_GENERIC_STEMS else None


# Hangul in the Revised Romanization, syllable by syllable (initial, vowel, final: the sounds a Korean bank's Latin
# letters spell, "한빛" is Hanbit, "서해" Seohae).
_HANGUL_INITIALS = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_HANGUL_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_HANGUL_FINALS = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
# Words of a trade a Korean company's English name translates, and the English words hangul spells (센서 is
# "sensor", 디스플레이 "display"): read back as the English name writes them.
_HANGUL_TRADES = {
    "전자": "electronics",
    "전기": "electric",
    "반도체": "semiconductor",
    "산업": "industrial",
    "정밀": "precision",
    "회로": "circuit",
    "통신": "communications",
    "기계": "machinery",
    "화학": "chemical",
    "건설": "construction",
    "물산": "trading",
    "상사": "trading",
    "무역": "trading",
    "제약": "pharmaceutical",
    "식품": "foods",
    "중공업": "heavy industries",
    "공업": "industrial",
    "부품": "parts",
    "소재": "materials",
    "센서": "sensor",
    "디스플레이": "display",
    "커넥터": "connector",
    "모듈": "module",
    "테크": "tech",
    "파워": "power",
    "시스템": "system",
    "솔루션": "solution",
    "엔지니어링": "engineering",
    "일렉트로닉스": "electronics",
    "글로벌": "global",
    "코리아": "korea",
}
_HANGUL_LONGEST = max(map(len, _HANGUL_TRADES))
_HANGUL_LEGAL = re.compile(r"주식회사|유한회사|\(주\)|\(유\)|㈜")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _hangul_syllables(run: str) -> str:
    out: list[str] = []
    for ch in run:
        code = ord(ch) - 0xAC00
        initial, vowel, final = code // 588, code % 588 // 28, code % 28
        for part in (_HANGUL_INITIALS[initial], _HANGUL_VOWELS[vowel], _HANGUL_FINALS[final]):
            if part != "_":
                out.append(part)
    return "".join(out)


@lru_cache(maxsize=65_536)
def hangul_latin(name: str) -> str:
    """A company name in hangul as a Korean bank's Latin letters spell it, its legal form gone and the words of
    its trade in English ("(주)누리센서" -> "nuri sensor", "대성반도체(주)" -> "daeseong semiconductor"), or "" for a
    name without hangul. The trade name stays one word: banks write "HANBIT", not "HAN BIT"."""
    composed = unicodedata.normalize("NFKC", name)
    if not _HANGUL.search(composed):
        return ""
    words: list[str] = []
    for chunk in _HANGUL_LEGAL.sub(" ", composed).split():
        run = ""
        k = 0
        while k < len(chunk):
            trade = next(
                (
                    chunk[k : k + n]
                    for n in range(_HANGUL_LONGEST, 1, -1)
                    if chunk[k : k + n] in _HANGUL_TRADES
                ),
                None,
            )
            if trade is not None:
                if run:
                    words.append(_hangul_syllables(run))
                    run = ""
                words.append(_HANGUL_TRADES[trade])
                k += len(trade)
            elif _HANGUL.match(chunk[k]):
                run += chunk[k]
                k += 1
            else:
                k += 1
        if run:
            words.append(_hangul_syllables(run))
    return " ".join(words)


_JOINERS = frozenset("the and und et y e".split())
# A trustee's account ("R & L WALKER ATF WAL": as trustee for the Walker trust) is a business's as well.
_TRUSTEE = frozenset("atf trustee trust".split())


def has_legal_form(name: str) -> bool:
    """The name carries a company's legal form ("CO LTD", "GmbH", "S.A.", a trustee's ATF): a business's
    account, not a person's."""
    composed = unicodedata.normalize("NFKC", name)
    if _CJK_LEGAL.search(composed) or _KANA_LEGAL.search(composed) or _HANGUL_LEGAL.search(composed):
        return True  # ｶ) 株式会社, (주), 有限公司: a company's account in Japan, Korea or China
    plain = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", strip_accents(name.casefold()))
    return any((w in _LEGAL and w not in _JOINERS) or w in _TRUSTEE for w in re.findall(r"[a-z0-9]+", plain))


# Readings of the kanji Japanese company names are commonly made of, as a bank's kana spells them (on'yomi and
# kun'yomi; long vowels as the kana write them, トウ). A katakana payer name is checked against a kanji customer
# name by spelling the name out with these: 株式会社東洋コネクタ is ﾄｳﾖｳｺﾈｸﾀ. A kanji not listed spells nothing, so
# such a name is simply not fitted this way.
_KANJI_READINGS: dict[str, tuple[str, ...]] = {
    ch: tuple(readings.split("/"))
    for ch, readings in (
        line.split(" ", 1)
        for line in """東 トウ/ヒガシ
西 セイ/サイ/ニシ
南 ナン/ミナミ
北 ホク/キタ
中 チユウ/ナカ
央 オウ
大 ダイ/タイ/オオ
小 シヨウ/コ/オ
山 ヤマ/サン
川 カワ/セン
田 タ/ダ/デン
野 ノ/ヤ
島 シマ/トウ
村 ムラ/ソン
本 ホン/モト
松 マツ/シヨウ
竹 タケ/チク
梅 ウメ/バイ
桜 サクラ/オウ
森 モリ/シン
林 ハヤシ/リン
木 キ/モク/ボク
青 アオ/セイ
赤 アカ/セキ
白 シロ/ハク
黒 クロ/コク
緑 ミドリ/リヨク
葉 ハ/バ/ヨウ
光 コウ/ヒカリ
陽 ヨウ
日 ニチ/ヒ/ニツ
月 ゲツ/ツキ
星 ホシ/セイ
富 フ/トミ/フウ
士 シ
富士 フジ
日本 ニホン/ニツポン
和 ワ
平 ヘイ/タイラ/ヒラ
安 アン/ヤス
新 シン/ニイ
旭 アサヒ/キヨク
昭 シヨウ
明 メイ/ミヨウ/アケ
三 サン/ミ
二 ニ/フタ
一 イチ/イツ
四 ヨン/シ
五 ゴ
八 ハチ/ヤ
千 セン/チ
万 マン/バン
丸 マル/ガン
越 コシ/エツ
斗 ト
洋 ヨウ
海 カイ/ウミ
港 コウ/ミナト
湊 ミナト
京 キヨウ/ケイ
阪 サカ/ハン
神 カミ/シン/ジン/コウ
岡 オカ
浜 ハマ
横 ヨコ/オウ
長 ナガ/チヨウ
高 タカ/コウ
宮 ミヤ/キユウ
井 イ/セイ
上 ウエ/ジヨウ/カミ
下 シタ/シモ/カ
前 マエ/ゼン
金 キン/カネ/カナ
銀 ギン
鉄 テツ
鋼 コウ
精 セイ
密 ミツ
工 コウ/ク
業 ギヨウ
興 コウ/キヨウ
産 サン
商 シヨウ
事 ジ
社 シヤ
会 カイ
店 テン
堂 ドウ
屋 ヤ/オク
舎 シヤ
所 シヨ/ジヨ/トコロ
製 セイ
作 サク
造 ゾウ
機 キ
械 カイ
器 キ
電 デン
気 キ
子 シ/コ
通 ツウ/ツ
信 シン
計 ケイ
測 ソク
装 ソウ
実 ジツ/ミ
修 シユウ
理 リ
整 セイ
備 ビ
保 ホ
守 シユ/モリ
販 ハン
売 バイ
貿 ボウ
易 エキ
置 チ
基 キ/モト
板 バン/イタ/ハン
化 カ/ケ
学 ガク
薬 ヤク/クスリ
品 ヒン
食 シヨク
物 ブツ/モツ
流 リユウ
運 ウン
輸 ユ
送 ソウ
建 ケン
設 セツ
土 ド/ト/ツチ
材 ザイ
料 リヨウ
紙 シ/カミ
印 イン
刷 サツ
技 ギ
研 ケン
究 キユウ
術 ジユツ
開 カイ
発 ハツ
総 ソウ
合 ゴウ/ア
協 キヨウ
共 キヨウ/トモ
同 ドウ
栄 エイ/サカエ
盛 セイ/モリ
成 セイ/ナリ
昌 シヨウ
豊 ホウ/トヨ/ユタカ
福 フク
幸 コウ/サチ
吉 キチ/ヨシ
寿 ジユ/コトブキ
菱 リヨウ/ビシ/ヒシ
住 ジユウ/スミ
友 ユウ/トモ
古 コ/フル
河 カワ/ガ
沢 サワ/タク
瀬 セ
原 ハラ/ゲン
坂 サカ
橋 ハシ/キヨウ
藤 フジ/トウ
佐 サ
伊 イ
加 カ
賀 ガ
能 ノウ
登 ト/ノボリ
陸 リク
奥 オウ/オク
羽 ウ/ハ/ワ
関 カン/セキ
九 キユウ/ク
州 シユウ
国 コク/クニ
道 ドウ/ミチ
都 ト/ツ/ミヤコ
市 シ/イチ
町 マチ/チヨウ
里 サト/リ
郷 ゴウ/サト
園 エン/ソノ
花 カ/ハナ
華 カ/ハナ
美 ビ/ミ
真 シン/マ
正 セイ/シヨウ/マサ
善 ゼン
徳 トク
義 ギ
英 エイ
秀 シユウ/ヒデ
勝 シヨウ/カツ
進 シン
永 エイ/ナガ
久 キユウ/ヒサ
宝 ホウ/タカラ
玉 ギヨク/タマ
石 イシ/セキ
岩 イワ/ガン
峰 ミネ/ホウ
泉 セン/イズミ
水 スイ/ミズ
火 カ/ヒ
風 フウ/カゼ
雲 ウン/クモ
空 クウ/ソラ
天 テン/アマ
地 チ/ジ
動 ドウ
力 リヨク/リキ
車 シヤ/クルマ
輪 リン/ワ
船 セン/フネ
航 コウ
管 カン
線 セン
網 モウ/アミ
具 グ
部 ブ
池 チ/イケ
熱 ネツ
医 イ
療 リヨウ
院 イン
館 カン
場 ジヨウ/バ
庫 コ
倉 ソウ/クラ
蔵 ゾウ/クラ
家 カ/イエ/ケ
""".strip().splitlines()
    )
}
_SMALL_KANA = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")
_KANA_LEGAL_WORDS = re.compile(r"カブシキガイシヤ|カブシキカイシヤ|ユウゲンガイシヤ|ゴウドウガイシヤ")


def _plain_kana(text: str) -> str:
    """Katakana as the Zengin field spells it: big kana only, no long-vowel mark, no voicing marks (a kanji's
    reading voices in compounds: 青葉 is アオバ, 葉 alone ハ)."""
    kana = unicodedata.normalize("NFKC", text)
    kana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana).translate(_SMALL_KANA)
    decomposed = unicodedata.normalize("NFD", kana.replace("ー", ""))
    return "".join(c for c in decomposed if c not in "\u3099\u309a")


def payer_kana(payer: str) -> str:
    """A katakana payer name as plain kana, its legal form gone ("ｶ)ﾄｳﾖｳｺﾈｸﾀ" -> "トウヨウコネクタ"); "" when the
    name is not katakana only."""
    composed = unicodedata.normalize("NFKC", payer)
    bare = _KANA_LEGAL_WORDS.sub("", _KANA_LEGAL.sub(" ", composed))
    bare = re.sub(r"[\s()・.,\-]", "", bare)
    return _plain_kana(bare) if bare and re.fullmatch(r"[ァ-ヴー]+", bare) else ""


@lru_cache(maxsize=65_536)
def core_spellings(core: str) -> tuple[tuple[str, ...], ...] | None:
    """Each character of a kanji and kana name with the plain kana it may be read as; None when a kanji has no
    reading we know. Two-kanji words read as one (富士 is フジ) are tried first."""
    out: list[tuple[str, ...]] = []
    k = 0
    while k < len(core):
        if (pair := core[k : k + 2]) in _KANJI_READINGS and len(pair) == 2:
            out.append(tuple(_plain_kana(r) for r in _KANJI_READINGS[pair]))
            k += 2
            continue
        ch = core[k]
        if re.fullmatch(r"[ァ-ヴぁ-ゖー]", ch):
            plain = _plain_kana(ch)
            out.append((plain,) if plain else ("",))
        elif ch in _KANJI_READINGS:
            out.append(tuple(_plain_kana(r) for r in _KANJI_READINGS[ch]))
        else:
            return None
        k += 1
    return tuple(out)


def kana_spells(kana: str, name: str) -> bool:
    """The payer's kana spell the customer's kanji (and kana) name, legal form aside, whole or cut short where
    the bank's field ended (at least three characters of the name and six kana read)."""
    return bool(_kana_reach(kana, name))


def kana_spells_cut(kana: str, name: str) -> bool:
    """The payer's kana spell the start of the customer's name and stop before its end, no reading spelling it
    whole: the bank's field ended inside the name ("ﾀﾞｲﾄｳﾃﾞﾝｼｻ" for ダイトウ電子サービス)."""
    return _kana_reach(kana, name) == "cut"


@lru_cache(maxsize=65_536)
def _kana_reach(kana: str, name: str) -> str:
    """How far the kana spell the name's core: "whole" when a reading spells it to its end, "cut" when they only
    begin it (as kana_spells counts a cut), "" when they do not spell it."""
    core = cjk_core(name)
    if not kana or not core or not re.search(r"[\u3400-\u9fff]", core):
        return ""
    spellings = core_spellings(core)
    if spellings is None:
        return ""
    target = _plain_kana(kana)
    ends: set[int] = {0}
    cut = False
    for k, readings in enumerate(spellings):
        following: set[int] = set()
        for at in ends:
            for reading in readings:
                if target.startswith(reading, at):
                    following.add(at + len(reading))
                elif k >= 2 and len(target) >= 6 and reading.startswith(target[at:]) and at < len(target):
                    cut = True  # the field ends inside this character's reading
        if len(target) in following:
            if k == len(spellings) - 1:
                return "whole"
            cut = cut or (k >= 2 and len(target) >= 6)
        ends = {e for e in following if e < len(target)}
        if not ends:
            break
    return "cut" if cut else ""
