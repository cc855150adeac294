"""Dates as customers write them, in seven languages, resolved against the message's own day.

"Today" is the calendar date of the email's Date header in its own offset. Rules (the contract's):
"Friday"/"this Friday" is the coming Friday (today if today is Friday); "next Friday" is Friday of the
following Monday-Sunday week; "end of the month" is its last day; "in two weeks" is +14 days; "by the 15th"
is the next 15th on or after today; "this week" or a week number is that week's Friday; "the first week of
April" is April 7; a day and month without a year is in today's year, the latest on or before today for a
past event and the next on or after it for a future one.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from chalicelib.domain.text import strip_accents

Direction = Literal["future", "past"]


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int


def fold(text: str) -> str:
    # Turkish dotless "ı" has no accent to strip: "yapılmış" folds to "yapilmis", as its dotted spelling would.
    return strip_accents(text.casefold()).replace("\u2019", "'").replace("\u0131", "i")


_WEEKDAYS: dict[str, int] = {}


def _name_weekdays(rows: list[str]) -> None:
    """Each row holds one weekday's names in several languages, Monday first."""
    for day, names in enumerate(rows):
        for name in names.split():
            _WEEKDAYS[name] = day


_name_weekdays(
    [
        "monday lunes lundi montag segunda segunda-feira maandag lunedi mon poniedzialek poniedzialku mandag mandags pondeli luni понедельник понеділок senin",
        "tuesday martes mardi dienstag terca terca-feira dinsdag martedi tue tues wtorek wtorku tirsdag tirsdags tisdag utery marti вторник вівторок selasa",
        "wednesday miercoles mercredi mittwoch quarta quarta-feira woensdag mercoledi wed sroda srode srody onsdag onsdags streda stredu miercuri среду среда середу середа rabu",
        "thursday jueves jeudi donnerstag quinta quinta-feira donderdag giovedi thu thur thurs czwartek czwartku torsdag torsdags ctvrtek joi четверг четвер kamis",
        "friday viernes vendredi freitag sexta sexta-feira vrijdag venerdi fri piatek piatku fredag fredags patek vineri пятницу пятница п'ятницю п'ятниця jumat",
        "saturday sabado samedi samstag sonnabend zaterdag sat sobota sobote lordag lordags sambata субботу суботу sabtu",
        "sunday domingo dimanche sonntag zondag domenica sun niedziela niedziele sondag sondags nedele nedeli duminica воскресенье неділю",
    ]
)
# Finnish says "on Monday" with the essive ("maksettu maanantaina"); Turkish weekdays of more than one word-part.
_name_weekdays(
    [
        "maanantai maanantaina pazartesi",
        "tiistai tiistaina",
        "keskiviikko keskiviikkona carsamba",
        "torstai torstaina persembe",
        "perjantai perjantaina",
        "lauantai lauantaina cumartesi",
        "sunnuntai sunnuntaina",
    ]
)
# Greek and Turkish weekdays ("την Παρασκευή", "cuma günü"); Greek "τρίτη" is also "third" and Turkish "salı" and
# "pazar" are also words of their own, so those stay out.
_name_weekdays(["δευτερα", "", "τεταρτη", "πεμπτη", "παρασκευη cuma", "σαββατο", "κυριακη"])
# Arabic weekdays with their article, folded (hamza seats off: "الأربعاء" reads "الاربعاء"): "يوم الخميس" (on Thursday).
_name_weekdays(["الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"])
# Galician weekdays ("o venres pasado" = last Friday; "martes", "sábado" and "domingo" are the Spanish ones).
_name_weekdays(["luns", "", "mercores", "xoves", "venres", "", ""])
# Estonian weekdays, bare and "on that day" ("sel reedel" = this Friday, "esmaspäeval" = on Monday).
_name_weekdays(
    [
        "esmaspaev esmaspaeval",
        "teisipaev teisipaeval",
        "kolmapaev kolmapaeval",
        "neljapaev neljapaeval",
        "reede reedel",
        "laupaev laupaeval",
        "puhapaev puhapaeval",
    ]
)
# Catalan, Tagalog and Hungarian weekdays ("sa Biyernes", "divendres", "pénteken"); Catalan "dimarts" etc.
_name_weekdays(
    [
        "dilluns lunes hetfo hetfon",
        "dimarts martes kedd kedden",
        "dimecres miyerkules szerda szerdan",
        "dijous huwebes csutortok csutortokon",
        "divendres biyernes pentek penteken",
        "dissabte sabado szombat szombaton",
        "diumenge linggo vasarnap vasarnapon",
    ]
)
# Croatian, Slovene and Slovak weekdays, bare and in the accusative or genitive ("u srijedu", "v sredo", "v stredu",
# "do petka"), and Malay ones ("pada hari Khamis").
_name_weekdays(
    [
        "ponedjeljak ponedjeljka ponedeljek ponedeljka pondelok pondelka isnin",
        "utorak utorka torek torka utorok",
        "srijeda srijedu srijede sredo sredy stredy",
        "cetvrtak cetvrtka cetrtek cetrtka stvrtok stvrtka khamis",
        "petak petka petek piatok piatka jumaat",
        "subota subotu subote soboto sobotu",
        "nedjelja nedjelju nedelja nedeljo nedela nedelu ahad",
    ]
)

_JA_WEEKDAYS = "月火水木金土日"  # 月曜日 (Monday) ... 日曜日 (Sunday)
_ZH_WEEKDAYS = "一二三四五六日"  # 周一 (Monday) ... 周日 (Sunday); 周天 is read as 周日
_KO_WEEKDAYS = "월화수목금토일"  # 월요일 (Monday) ... 일요일 (Sunday)
# Vietnamese counts the days from Monday as the second: "thứ Hai" (Monday) ... "thứ Bảy" (Saturday), "Chủ nhật" (Sunday).
_VI_WEEKDAYS = ("thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat")


# The days either side of today in sl ("včeraj", "predvčerajšnjim", "jutri"), hr ("prekjučer", "preksutra"), sk
# ("predvčerom", "pozajtra"), ms ("semalam", "kelmarin", "esok") and Cantonese ("琴日" / "尋日" yesterday, "聽日" tomorrow).
_RELATIVE_DAYS_MORE: dict[str, int] = {
    "predvcerajsnjim": -2,
    "predvcerajsnjem": -2,
    "vceraj": -1,
    "pojutrisnjem": 2,
    "jutri": 1,
    "prekjucer": -2,
    "preksutra": 2,
    "predvcerom": -2,
    "pozajtra": 2,
    "kelmarin": -2,
    "semalam": -1,
    "esok": 1,
    "琴日": -1,
    "尋日": -1,
    "聽日": 1,
    # Egyptian Arabic "امبارح" / "إمبارح" (yesterday), folded
    "امبارح": -1,
    # Two days either side in sv, nb/da, lt, lv, fi, et, ro, uk and bg: "i förrgår", "i forgårs", "užvakar", "aizvakar",
    # "toissapäivänä", "üleeile", "alaltăieri", "позавчора", "завчера"; "i övermorgon", "poryt", "parīt",
    # "ylihuomenna", "ülehomme", "післязавтра", "вдругиден"
    "i forrgar": -2,
    "i forgars": -2,
    "uzvakar": -2,
    "aizvakar": -2,
    "toissapaivana": -2,
    "uleeile": -2,
    "alaltaieri": -2,
    "позавчора": -2,
    "завчера": -2,
    "i overmorgon": 2,
    "poryt": 2,
    "parit": 2,
    "ylihuomenna": 2,
    "ulehomme": 2,
    "післязавтра": 2,
    "вдругиден": 2,
    # is "í gær" (yesterday), "á morgun" (tomorrow), "í fyrradag" (two days ago); et "eile" (yesterday), "homme"
    # (tomorrow)
    "i gær": -1,
    "i gaer": -1,
    "a morgun": 1,
    "i fyrradag": -2,
    "eile": -1,
    "homme": 1,
    # ka "გუშინ" (yesterday), "გუშინწინ" (the day before); bn "গতকাল" (yesterday); sq "dje", "pardje", "nesër"
    "გუშინწინ": -2,
    "გუშინ": -1,
    "গতকাল": -1,
    "pardje": -2,
    "dje": -1,
    "neser": 1,
    # km "ម្សិលមិញ" (yesterday), "ថ្ងៃនេះ" (today), "ថ្ងៃស្អែក" (tomorrow); my "မနေ့က" (yesterday), "မနက်ဖြန်" (tomorrow),
    # folded as the text is (the subscript and vowel marks off)
    fold("ម្សិលមិញ"): -1,
    fold("ថ្ងៃនេះ"): 0,
    fold("ថ្ងៃស្អែក"): 1,
    fold("မနေ့က"): -1,
    fold("မနက်ဖြန်"): 1,
}
# Standard Arabic "أمس" / "بالأمس" (yesterday), folded; a whole word only ("خامس" is "fifth").
_AR_YESTERDAY = ("امس", "بالامس", "البارحة")


def _hangul(pattern: str) -> str:
    # Folding decomposes Hangul syllables into their letters (NFKD), so a Korean cue is matched decomposed too.
    return unicodedata.normalize("NFD", pattern)


_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan enero ene janvier janv januar janner jaenner janeiro januari gennaio gen stycznia styczen styczniu sijecanj sijecnja ianuarie января січня ledna januara",
        "february feb febrero febr fevrier fevr februar fevereiro fev februari febbraio lutego luty lutym veljaca veljace februarie февраля лютого unora februara",
        "march mar marzo mars marz maerz marco maart marca marzec marcu marts ozujak ozujka martie maret марта березня brezna",
        "april apr abril avril avr aprile kwietnia kwiecien kwietniu travanj travnja aprilie апреля квітня dubna aprila",
        "may mayo mai maio mei maggio mag maja maj maju svibanj svibnja мая травня kvetna",
        "june jun junio juin juni junho giugno giu czerwca czerwiec czerwcu lipanj lipnja iunie июня червня cervna juna",
        "july jul julio juillet juil juli julho luglio lug lipca lipiec lipcu srpanj srpnja iulie июля липня cervence jula",
        "august aug agosto aout august augustus augusti ago sierpnia sierpien sierpniu kolovoz kolovoza agustus августа серпня srpna augusta",
        "september sep sept septiembre septembre setembro settembre set wrzesnia wrzesien wrzesniu rujan rujna septembrie сентября вересня zari septembra",
        "october oct octubre octobre oktober outubro okt ottobre ott pazdziernika pazdziernik pazdzierniku octombrie октября жовтня rijna oktobra",
        "november nov noviembre novembre novembro listopada listopad listopadzie studeni studenoga studenog noiembrie ноября листопада listopadu novembra",
        "december dec diciembre decembre dezember dezembro dez dicembre dic grudnia grudzien grudniu desember prosinac prosinca decembrie декабря грудня decembra prosince",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
# Hungarian ("március 10-én", "2026. március 2-án") and Catalan ("15 de gener"); Catalan "març" folds to the name
# "Marc" and stays out.
for _i, _names in enumerate(
    [
        "januar gener",
        "februar febrer",
        "marcius",
        "aprilis",
        "majus maig",
        "junius juny",
        "julius juliol",
        "augusztus agost",
        "szeptember setembre",
        "oktober octubre",
        "november novembre",
        "december desembre",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
# Slovene months in the genitive ("do 25. februarja", "12. junija"), Slovak ones in the nominative ("marec", "apríl"),
# Malay ones ("25 Februari", "3 Julai", "10 Ogos").
for _i, _names in enumerate(
    [
        "januarja januari",
        "februarja februari",
        "marec mac",
        "april",
        "maj mei",
        "junija jun",
        "julija julai",
        "avgusta avgust ogos",
        "september",
        "oktober",
        "november",
        "december disember",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS.setdefault(_n, _i)
# Turkish ("10 Mart 2026") and Finnish, whose month follows its day in the partitive ("5. maaliskuuta").
for _i, _pair in enumerate(
    "ocak tammikuuta,subat helmikuuta,mart maaliskuuta,nisan huhtikuuta,mayis toukokuuta,haziran kesakuuta,"
    "temmuz heinakuuta,agustos elokuuta,eylul syyskuuta,ekim lokakuuta,kasim marraskuuta,aralik joulukuuta".split(
        ","
    ),
    start=1,
):
    for _n in _pair.split():
        _MONTHS[_n] = _i
# Estonian, whose month takes its case ending ("kuni 10. aprillini" = until 10 April, "5. märtsil" = on 5 March), and
# Greek in the genitive of a date ("τη Δευτέρα 6 Απριλίου"), folded (accents off, final sigma as "σ").
for _i, _stem in enumerate(
    "jaanuar veebruar marts aprill mai juuni juuli august september oktoober november detsember".split(),
    start=1,
):
    for _ending in ("", "il", "ini", "ist", "iks"):
        _MONTHS.setdefault(_stem + _ending, _i)
# Latvian, whose month is declined too: "līdz 25. martam" (by 25 March, dative), "25. martā" (locative), "marta"
# (genitive), folded.
for _i, _stem in enumerate(
    "janvar februar mart april maij junij julij august septembr oktobr novembr decembr".split(),
    start=1,
):
    for _ending in ("is", "s", "im", "am", "i", "a"):
        _MONTHS.setdefault(_stem + _ending, _i)
for _i, _n in enumerate(
    "ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου νοεμβριου "
    "δεκεμβριου".split(),
    start=1,
):
    _MONTHS[_n] = _i


def _learn_months(names: list[str]) -> None:
    """Each month's names (space-separated, January first), folded as the text is read."""
    for number, group in enumerate(names, start=1):
        for name in group.split():
            _MONTHS[fold(name)] = number


# Hindi (Devanagari), with the spellings both with and without the nukta and the half nasal ("सितंबर", "सितम्बर").
_learn_months(
    [
        "जनवरी",
        "फ़रवरी फरवरी",
        "मार्च",
        "अप्रैल अप्रेल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर सितम्बर",
        "अक्टूबर अक्तूबर",
        "नवंबर नवम्बर",
        "दिसंबर दिसम्बर",
    ],
)

# Thai month names, folded (tone marks off, as the text is read). Thai writes the year in the Buddhist era
# ("10 เมษายน 2569" = 10 April 2026, 543 years ahead); the year is read in either era.
_TH_MONTHS = {
    fold(_n): _i
    for _i, _n in enumerate(
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
        start=1,
    )
}
# ... and abbreviated, as dates are mostly written: "6 เม.ย. 2569" (6 April 2026), "30 ก.ย." (30 September).
_TH_MONTHS.update(
    {
        fold(_n): _i
        for _i, _n in enumerate(
            "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
            start=1,
        )
    }
)
_BUDDHIST_ERA = 543

# Arabic month names, folded (hamza seats off: "أبريل" reads "ابريل"): the Gulf and Egyptian names taken from the
# European months ("حتى 24 مارس 2026", until 24 March) and the Levantine one-word names ("10 نيسان"). (Levantine "آب",
# August, is also "father" and stays out, as do the two-word "كانون" and "تشرين" months.)
_learn_months(
    [
        "يناير",
        "فبراير شباط",
        "مارس اذار",
        "ابريل نيسان",
        "مايو ايار",
        "يونيو يونيه حزيران",
        "يوليو يوليه تموز",
        "اغسطس",
        "سبتمبر ايلول",
        "اكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
)

_NUMBERS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "ein": 1,
    "einer": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "funf": 5,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    # pl: "za dwa tygodnie"
    # ca "d'aquí a dues setmanes"
    "dues": 2,
    "dwa": 2,
    "dwie": 2,
    "trzy": 3,
    "cztery": 4,
    # tr "iki hafta sonra"
    "bir": 1,
    "iki": 2,
    "uc": 3,
    "dort": 4,
    # id "dua minggu lagi" (in two weeks), "dalam tiga hari"
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    # nb/da "om to uker" / "om to uger", sv "om två veckor"; hu "két hét múlva"; cs "za dva týdny"
    "to": 2,
    "tva": 2,
    "fire": 4,
    "fyra": 4,
    "ket": 2,
    "harom": 3,
    "negy": 4,
    "dva": 2,
    "dve": 2,
    "tri": 3,
    "ctyri": 4,
}

# Thai weekdays after "วัน" (day), folded, Monday first: "วันศุกร์นี้" (this Friday), "วันศุกร์หน้า" (Friday next week).
_TH_WEEKDAYS = [fold(w) for w in ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")]
_TH_WEEKDAY = re.compile(
    fold("วัน")
    + "("
    + "|".join(sorted([*_TH_WEEKDAYS, fold("พฤหัส")], key=len, reverse=True))
    + ")"
    + "(?:\\s?("
    + fold("หน้า")
    + "))?"
)

# Thai relative days, folded, each with its offset from today.
_TH_DAYS = {
    fold("เมื่อวานซืน"): -2,
    fold("เมื่อวาน"): -1,
    fold("มะรืนนี้"): 2,
    fold("พรุ่งนี้"): 1,
    fold("วันนี้"): 0,
}

# hr/sl/sk "za dva tjedna", "čez deset dni", "o dva týždne"; vi "trong hai tuần", "mười ngày nữa".
_NUMBERS_26C: dict[str, int] = {
    "dva": 2,
    "dve": 2,
    "dvoch": 2,
    "dveh": 2,
    "tri": 3,
    "troch": 3,
    "deset": 10,
    "desat": 10,
    "hai": 2,
    "muoi": 10,
}
# ro "peste două săptămâni" (in two weeks), "în trei zile"
_NUMBERS_26C.update({"doua": 2, "trei": 3, "patru": 4, "cinci": 5, "zece": 10})
for _word, _count in _NUMBERS_26C.items():
    _NUMBERS.setdefault(_word, _count)
# A span of days spelt out, beyond four: pt-BR "daqui a dez dias", es "dentro de quince días", fr "dans dix jours", de "in
# zehn Tagen", it "tra trenta giorni", nl "over tien dagen", pl "za dziesięć dni", nb/da/sv "om ti dager", en "in ten days".
# (French "sept" is left out: it is also September's short form.)
_NUMBERS_30 = {
    5: "five cinco cinq funf vijf cinque piec fem",
    7: "seven siete sete sieben zeven sette siedem syv sju",
    10: "ten diez dez dix zehn tien dieci dziesiec ti tio",
    14: "fourteen catorce catorze quatorze vierzehn veertien quattordici",
    15: "fifteen quince quinze funfzehn vijftien quindici pietnascie",
    20: "twenty veinte vinte vingt zwanzig twintig venti dwadziescia",
    30: "thirty treinta trinta trente dreissig dertig trenta trzydziesci tretti tredive trettio",
}
for _count, _words in _NUMBERS_30.items():
    for _word in _words.split():
        _NUMBERS.setdefault(_word, _count)
# uk/ru weekdays in the genitive, after "this" or "by" ("цього понеділка" = this Monday, "до п'ятниці", "до четверга")
_name_weekdays(
    [
        "понеділка понедельника",
        "вівторка вторника",
        "середи среды",
        "четверга",
        "п'ятниці пятницы",
        "суботи субботы",
        "воскресенья",
    ]
)
# he "ביום חמישי" (on Thursday): "day" and an ordinal, the week starting on Sunday ("יום ראשון" = day one)
_HE_WEEKDAYS = {"יום שני": 0, "יום שלישי": 1, "יום רביעי": 2, "יום חמישי": 3, "יום שישי": 4, "יום ראשון": 6}
_WEEKDAYS.update(_HE_WEEKDAYS)
# Icelandic weekdays with and without the article ("á mánudaginn" = on Monday, "á föstudag"), folded (ð and þ stay);
# Latvian ("piektdien" = on Friday) and Lithuanian ("penktadienį" = on Friday, "penktadienis").
_name_weekdays(
    [
        "manudag manudaginn manudagur pirmdien pirmdiena pirmadieni pirmadienis",
        "þriðjudag þriðjudaginn þriðjudagur otrdien otrdiena antradieni antradienis",
        "miðvikudag miðvikudaginn miðvikudagur tresdien tresdiena treciadieni treciadienis",
        "fimmtudag fimmtudaginn fimmtudagur ceturtdien ceturtdiena ketvirtadieni ketvirtadienis",
        "fostudag fostudaginn fostudagur piektdien piektdiena penktadieni penktadienis",
        "laugardag laugardaginn laugardagur sestdien sestdiena sestadieni sestadienis",
        "sunnudag sunnudaginn sunnudagur svetdien svetdiena sekmadieni sekmadienis",
    ]
)
# hi weekdays ("सोमवार" = Monday; "गुरुवार" and "बृहस्पतिवार" both Thursday), folded like the text
_name_weekdays(
    [
        fold(w)
        for w in (
            "सोमवार सोमवारी",
            "मंगलवार",
            "बुधवार",
            "गुरुवार बृहस्पतिवार",
            "शुक्रवार",
            "शनिवार",
            "रविवार इतवार",
        )
    ]
)
# Kazakh months, bare, in the locative ("10 наурызда" = on 10 March) and the dative ("15 сәуірге дейін" = by 15
# April), folded like the text; Swahili ones ("tarehe 20 Machi").
for _i, _kk in enumerate(
    (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    start=1,
):
    _stem = fold(_kk)
    for _ending in ("", "да", "та", "де", "те", "нда", "нде", "ға", "қа", "ге", "ке", "на", "не"):
        _MONTHS.setdefault(_stem + fold(_ending), _i)
for _i, _sw in enumerate(
    (
        "januari",
        "februari",
        "machi",
        "aprili",
        "mei",
        "juni",
        "julai",
        "agosti",
        "septemba",
        "oktoba",
        "novemba",
        "desemba",
    ),
    start=1,
):
    _MONTHS.setdefault(_sw, _i)
# Swahili weekdays ("Jumatatu ijayo" = next Monday); Macedonian ones but "недела", which is also "week" ("оваа недела").
_name_weekdays(
    [
        "jumatatu понеделник",
        "jumanne",
        "jumatano",
        "alhamisi четврток",
        "ijumaa петок",
        "jumamosi сабота",
        "jumapili",
    ]
)
# Bengali, Urdu and Persian weekdays, folded like the text: bn "আগামী বৃহস্পতিবার" (the coming Thursday), ur "جمعرات کو"
# (on Thursday), fa "پنجشنبه". (ur "پیر" (Monday) is also a saint and a foot, "ہفتہ" (Saturday) also "week", and fa
# "شنبه" (Saturday) also ends every other weekday's name: they stay out.)
_name_weekdays(
    [
        fold(w)
        for w in (
            "সোমবার سوموار دوشنبه",
            "মঙ্গলবার منگل سه‌شنبه سه‌شنبه",
            "বুধবার بدھ چهارشنبه",
            "বৃহস্পতিবার جمعرات پنجشنبه پنج‌شنبه",
            "শুক্রবার جمعہ جمعه",
            "শনিবার",
            "রবিবার اتوار یکشنبه",
        )
    ]
)
# Bengali and Urdu months ("২৫ মার্চ" = 25 March, "15 اپریل تک" = by 15 April), folded like the text.
_learn_months(
    [
        "জানুয়ারি জানুয়ারী جنوری",
        "ফেব্রুয়ারি ফেব্রুয়ারী فروری",
        "মার্চ مارچ",
        "এপ্রিল اپریل",
        "মে مئی",
        "জুন جون",
        "জুলাই جولائی",
        "আগস্ট اگست",
        "সেপ্টেম্বর ستمبر",
        "অক্টোবর اکتوبر",
        "নভেম্বর نومبر",
        "ডিসেম্বর دسمبر",
    ],
)
# Khmer and Burmese month names ("ចុងខែមេសា", the end of April; "ဧပြီလကုန်", the end of April), folded.
_learn_months(
    [
        "មករា ဇန်နဝါရီ",
        "កុម្ភៈ ဖေဖော်ဝါရီ",
        "មីនា မတ်",
        "មេសា ဧပြီ",
        "ឧសភា မေ",
        "មិថុនា ဇွန်",
        "កក្កដា ဇူလိုင်",
        "សីហា ဩဂုတ်",
        "កញ្ញា စက်တင်ဘာ",
        "តុលា အောက်တိုဘာ",
        "វិច្ឆិកា နိုဝင်ဘာ",
        "ធ្នូ ဒီဇင်ဘာ",
    ],
)
_KM_MY_MO = "|".join(sorted((n for n in _MONTHS if "\u1000" <= n[0] <= "\u17ff"), key=len, reverse=True))
# A Devanagari or Bengali month may end in a vowel sign ("मई", "মে"), after which there is no \b.
_HI_MO = "|".join(sorted((n for n in _MONTHS if "\u0900" <= n[0] <= "\u09ff"), key=len, reverse=True))
# "two" and its neighbours in Urdu and Persian, Hindi and Bengali, folded: ur "دو ہفتے میں" (in two weeks).
for _count, _words in {
    1: "ایک یک एक এক",
    2: "دو दो দুই দু",
    3: "تین سه तीन তিন",
    4: "چار چهار चार চার",
    5: "پانچ پنج पांच पाँच পাঁচ",
    10: "دس ده दस দশ",
}.items():
    for _word in _words.split():
        _NUMBERS.setdefault(fold(_word), _count)
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM = r"\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))

_NEXT_BEFORE = r"next|el proximo|el pròximo|proximo|la proxima|proxima|na proxima|no proximo|nachsten|naechsten|volgende week|prossimo|prossima"
# sl "naslednji petek", hr "sljedeći petak", cs "příští pátek", sk "budúci piatok", pl "w przyszły piątek" (that weekday of
# the following week, as "next Friday")
# hi "अगले सोमवार" (next Monday: the following week's, as "next Monday")
_NEXT_BEFORE += "|" + fold("अगले|अगली|اگلے|اگلی")
_NEXT_BEFORE += r"|naslednji|naslednjo|prihodnji|prihodnjo|sljedeci|sljedecu|iduci|iducu|pristi|buduci|przyszly|przyszla|w przyszly|w przyszla"
_NEXT_AFTER = (
    r"prochain|prochaine|que viene|prossimo|prossima|next week|de la semana que viene|da proxima semana|"
    r"de la semana que entra|de la proxima semana|de la semana proxima|da semana que vem|"
    # id/ms "Selasa depan" (next Tuesday), "Jumaat hadapan"
    r"depan|hadapan|"
    # sw "Ijumaa ijayo" (next Friday), mk "петок следната недела"
    r"ijayo|следната недела"
)
_EL_WEEKDAYS = ("δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη")
_EL_WD = "|".join(_EL_WEEKDAYS)
_NEXT_WEEK = (
    r"next week|nachste[rn]? woche|naechste[rn]? woche|la semaine prochaine|semaine prochaine|la semana que viene|"
    r"semana que viene|la proxima semana|proxima semana|semana que vem|volgende week|la settimana prossima|"
    r"settimana prossima|prossima settimana|w przyszlym tygodniu|w nastepnym tygodniu|"
    # hu "jövő hét szerdán", "a következő héten pénteken", tr "gelecek hafta", ro "săptămâna viitoare"
    r"jovo het|jovo heten|a kovetkezo heten|kovetkezo heten|kovetkezo het|gelecek haftanin|gelecek hafta|saptamana viitoare|"
    # tr "haftaya cuma" (Friday of next week), "önümüzdeki hafta"
    r"haftaya|onumuzdeki haftanin|onumuzdeki hafta|"
    # nb "fredag i neste uke", da "fredag i næste uge", sv "fredag nästa vecka", cs "v pátek příští týden"
    r"i neste uke|neste uke|i næste uge|næste uge|i nasta vecka|nasta vecka|pristi tyden|"
    # hr "sljedeći tjedan u srijedu", sl "naslednji teden v sredo", sk "budúci týždeň v stredu", ms "Rabu minggu depan"
    r"sljedeceg tjedna|sljedeci tjedan|iduceg tjedna|iduci tjedan|naslednji teden|naslednjem tednu|prihodnji teden|"
    r"prihodnjem tednu|na buduci tyzden|buduci tyzden|buduceho tyzdna|minggu depan|minggu hadapan"
)
_LAST_WEEK = (
    r"last week|the week before|vorige week|verleden week|letzte[rn]? woche|vorige[rn]? woche|la semaine derniere|"
    r"semaine derniere|la semana pasada|semana pasada|a semana passada|semana passada|la settimana scorsa|"
    r"settimana scorsa|forrige uke|forrige uge|i forrige uke|i forrige uge|forra veckan|forra vecka|w zeszlym tygodniu|"
    r"w ubieglym tygodniu|minuly tyden|gecen hafta"
)
_THIS = r"this|on|by|until|this coming|coming|ce|cette|este|esta|el|la|am|diesen|kommenden|kommender|aanstaande|deze|op|questo|questa|il|o|a|na|no"


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lt = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lt) // 451
    month, day = divmod(h + lt - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# Moveable days people pay around ("na quarta-feira de cinzas", "the Monday after Thanksgiving"), by their offset
# from Easter or their own rule. Fixed-date holidays are left out: "before Christmas" is a deadline, not a day.
_HOLIDAYS: dict[str, object] = {}
for _names, _rule in (
    ("easter|easter sunday|pascua|domingo de pascua|paques|ostern|ostersonntag|pasqua|pasen|pascoa", 0),
    ("good friday|viernes santo|vendredi saint|karfreitag|venerdi santo|goede vrijdag|sexta-feira santa", -2),
    (
        "easter monday|lunes de pascua|lundi de paques|ostermontag|pasquetta|lunedi dell'angelo|tweede paasdag|"
        "paasmaandag|segunda-feira de pascoa",
        1,
    ),
    (
        "ash wednesday|miercoles de ceniza|mercredi des cendres|aschermittwoch|mercoledi delle ceneri|aswoensdag|"
        "quarta-feira de cinzas",
        -46,
    ),
    (
        "shrove tuesday|mardi gras|martes de carnaval|terca-feira de carnaval|fastnachtsdienstag|martedi grasso",
        -47,
    ),
    ("thanksgiving|thanksgiving day", "thanksgiving"),
):
    for _n in _names.split("|"):
        _HOLIDAYS[_n] = _rule
_HOLIDAY = "|".join(sorted(_HOLIDAYS, key=len, reverse=True))


def _holiday_in(name: str, year: int) -> date:
    rule = _HOLIDAYS[name]
    if rule == "thanksgiving":
        return _thanksgiving(year)
    assert isinstance(rule, int)
    return _easter(year) + timedelta(days=rule)


# The Solar Hijri months of Iran (Farvardin first), folded as the text is ("آبان" reads "ابان").
_JALALI_MONTHS = {
    fold(name): n
    for n, names in enumerate(
        (
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد امرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ),
        start=1,
    )
    for name in names.split()
}


def _jalali_to_gregorian(jy: int, jm: int, jd: int) -> date | None:
    """A Solar Hijri date in the Gregorian calendar (the 33-year arithmetic of the Iranian calendar)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    try:
        return date(gy, 1, 1) + timedelta(days=days)
    except ValueError:
        return None


def _jalali(today: date, day: int, month: int, year: int | None, direction: Direction) -> date | None:
    """The Solar Hijri day and month, in the stated year or the next (or, read back, the last) one from today."""
    if year is not None:
        return _jalali_to_gregorian(year, month, day)
    nowruz = _jalali_to_gregorian(today.year - 621, 1, 1)
    current = today.year - 621 if nowruz is not None and today >= nowruz else today.year - 622
    value = _jalali_to_gregorian(current, month, day)
    if value is None:
        return None
    if direction == "past" and value > today:
        return _jalali_to_gregorian(current - 1, month, day)
    if direction != "past" and value < today:
        return _jalali_to_gregorian(current + 1, month, day)
    return value


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # en "two weeks from today", "10 days from now": read before "today" alone
    ("in_period", re.compile(rf"\b({_NUM}) (days?|weeks?) from (?:today|now)\b")),
    ("iso", re.compile(r"\b(20\d{2})-(\d{1,2})-(\d{1,2})\b")),
    # Year first with slashes or dots ("2026/03/08" in Arabic, Chinese and Japanese letters): never day/month. Two
    # digits each, as dates are printed ("version 2026.3.1" is no date).
    ("iso", re.compile(r"\b(20\d{2})([/.])(\d{2})\2(\d{2})\b")),
    # "the Monday after Thanksgiving", "le lundi après Pâques"
    (
        "weekday_after_holiday",
        re.compile(
            rf"\b(?:the |le |el |o |il |am )?({_WD}) (?:after|apres|despues de|depois d[aoe]|nach|na|dopo) ({_HOLIDAY})\b"
        ),
    ),
    ("holiday", re.compile(rf"\b({_HOLIDAY})\b")),
    # "the week of January 4": that week's Friday, as for "this week".
    (
        "week_of",
        re.compile(
            rf"\b(?:the )?week of ({_MO})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?:the )?week of (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MO})\b"
            rf"|\bsemaine du (\d{{1,2}}) ({_MO})\b|\bsemana del? (\d{{1,2}}) de ({_MO})\b|\bwoche vom (\d{{1,2}})\.? ({_MO})\b"
        ),
    ),
    # "4月14日(火)より出社", "2026年5月8日"
    ("cjk", re.compile(r"(?:(20\d{2})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日")),
    # Korean "2026년 3월 23일"
    ("cjk", re.compile(_hangul(r"(?:(20\d{2})\s?년\s?)?(\d{1,2})\s?월\s?(\d{1,2})\s?일"))),
    # sl/hr/cs/sk write the day and month with a space after each dot: "plačali 9. 3. 2026". Only with its year, so
    # that an enumeration ("točke 3. 4.") is no date.
    ("numeric", re.compile(r"\b(\d{1,2})(\.) (\d{1,2})\. (\d{4})\b")),
    # Without its year only after a word that introduces a date ("do 18. 12.", "dne 5. 1.", "bis 3. 4."): by, on,
    # from, until in cs/sk/sl/hr/pl/de.
    (
        "numeric",
        re.compile(
            r"\b(?:do|dne|dnem|dna|k|ke|od|po|dana|danom|najkasnije|nejpozdeji|najneskor|najpozniej|am|bis|zum|ab|vom)"
            r" (\d{1,2})(\.) (\d{1,2})\.(?!\s?\d)(\d{4})?"
        ),
    ),
    ("numeric", re.compile(r"\b(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2,4}))?\b(?![./-]\d)")),
    (
        "day_month",
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|o|\.)?(?: de| of)? ({_MO})\.?(?: de)?,?(?: (20\d{{2}}))?\b"
        ),
    ),
    ("month_day", re.compile(rf"\b({_MO})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (20\d{{2}}))?")),
    # hi "15 जून तक" (by 15 June): a Devanagari month may end in a vowel sign, after which there is no \b.
    ("day_month", re.compile(rf"(?<!\d)(\d{{1,2}}) ({_HI_MO})(?!\w)(?:,? (20\d{{2}}))?")),
    # th "ภายในวันที่ 10 เมษายน 2569" (by 10 April 2026), "จนถึงวันที่ 20 เมษายน" (until 20 April)
    (
        "th_day_month",
        re.compile(
            r"(?<!\d)(\d{1,2}) ?("
            + "|".join(re.escape(m) for m in sorted(_TH_MONTHS, key=len, reverse=True))
            + r")(?: ?((?:25|20)\d{2}))?(?!\d)"
        ),
    ),
    # th "ภายในวันที่ 25 นี้" (by the 25th), "วันที่ 25" with no month after it: the day, like "by the 25th".
    (
        "by_the",
        re.compile(
            fold("วันที่")
            + r" ?(\d{1,2})(?!\d)(?! ?(?:[./-]\d|"
            + "|".join(re.escape(m) for m in sorted(_TH_MONTHS, key=len, reverse=True))
            + r"))"
        ),
    ),
    (
        "relative_day",
        re.compile(
            # "just now" (pt "agora há pouco", es "hace un momento", fr "à l'instant", de "gerade eben", it "poco fa",
            # nl "zojuist"): today, like "this morning"
            r"\b(just now|agora ha pouco|ha pouco|hace un momento|hace un rato|a l'instant|gerade eben|soeben|poco fa|zojuist|"
            r"this morning|earlier today|ce matin|heute morgen|heute fruh|esta manana|esta manha|hoje de manha|vanochtend|vanmorgen|stamattina|questa mattina|"
            r"day after tomorrow|pasado manana|ubermorgen|apres-demain|apres demain|depois de amanha|overmorgen|dopodomani|"
            r"day before yesterday|anteayer|antes de ayer|vorgestern|avant-hier|anteontem|eergisteren|l'altro ieri|"
            r"tomorrow|yesterday|today|manana|ayer|hoy|demain|hier|aujourd'hui|morgen|gestern|heute|amanha|ontem|hoje|gisteren|vandaag|domani|ieri|oggi|"
            # Polish and Swedish, for the replies that come in them
            r"pojutrze|przedwczoraj|jutro|wczoraj|dzisiaj|dzis|imorgon|igar|idag|"
            # Danish and Norwegian write them in two words; Czech
            r"i morgen|i gar|i dag|zitra|vcera|dnes|"
            # Slovak; Lithuanian and Latvian ("vakar" is yesterday in both)
            r"zajtra|vakar|rytoj|siandien|sodien|"
            # Finnish, Croatian, Greek
            r"huomenna|eilen|tanaan|sutra|jucer|danas|αυριο|χθεσ|σημερα|"
            # Romanian, Russian, Ukrainian, Indonesian
            # Catalan, Tagalog, Hungarian, Hebrew; Hindi "कल" is yesterday or tomorrow by the tense (see below)
            # Hungarian two days either side first ("holnapután", "tegnapelőtt"), then the single days
            r"holnaputan|tegnapelott|ahir|dema|avui|kahapon|bukas|ngayon|tegnap|holnap|אתמול|מחר|היום|कल|आज|"
            # Turkish "dün" (yesterday), "yarın" (tomorrow), "bugün" (today); not Dun & Bradstreet
            r"dun(?! ?(&|and) ?bradstreet)|yarin|bugun|"
            # Vietnamese, Greek, Czech and Turkish two days either side: "hôm kia", "ngày kia", "προχθές", "μεθαύριο",
            # "předevčírem", "pozítří", "evvelsi gün", "öbür gün"
            r"hom qua|hom nay|ngay mai|hom kia|ngay kia|προχθεσ|μεθαυριο|predevcirem|pozitri|evvelsi gun|obur gun|"
            r"poimaine|(?<!, )maine(?! \d)|ieri|astazi|azi|послезавтра|позавчера|завтра|вчера|вчора|сегодня|сьогодні|lusa|besok|kemarin|hari ini)\b"  # (folded: final sigma is σ)
        ),
    ),
    # Japanese writes them without spaces around ("本日、385,000円をお振込み"): no word boundary to anchor on.
    # (two days either side first: "明後日" is the day after tomorrow, "一昨日" the day before yesterday)
    # Hinglish "kal hi" (just yesterday / tomorrow itself), "kal tak" (by tomorrow), "kal subah": "kal" in Latin letters
    # with a Hindi word after it (not Turkish "kal", stay), read by the tense like "कल".
    ("relative_day", re.compile(r"\b(kal)(?= (?:hi|tak|ko|subah|shaam|sham|raat|dopahar)\b)")),
    ("relative_day", re.compile(r"(明後日|一昨日|明日|昨日|本日|今日)")),
    # sl, hr, sk, ms and Cantonese (see _RELATIVE_DAYS_MORE): "predvčerajšnjim", "prekjučer", "predvčerom", "semalam", "琴日"
    (
        "relative_day_more",
        re.compile(r"\b(" + "|".join(w for w in _RELATIVE_DAYS_MORE if w.isascii()) + r")\b"),
    ),
    (
        "relative_day_more",
        re.compile("(" + "|".join(w for w in _RELATIVE_DAYS_MORE if not w.isascii()) + ")"),
    ),
    ("relative_day_more", re.compile(r"(?<!\w)(" + "|".join(_AR_YESTERDAY) + r")(?!\w)")),
    # Chinese and Korean, also written against the next word ("어제 송금했습니다", "明天付款", "어제는").
    ("relative_day", re.compile(_hangul(r"(后天|後天|前天|明天|昨天|今天|내일|어제|오늘)"))),
    # Thai, folded like the text (tone marks dropped): "เมื่อวานซืน" (the day before yesterday) before "เมื่อวาน"
    # (yesterday), "มะรืนนี้" (the day after tomorrow), "พรุ่งนี้" (tomorrow), "วันนี้" (today).
    ("relative_day", re.compile("(" + "|".join(_TH_DAYS) + ")")),
    # "下周三" / "下星期五" (that weekday of next week), "本周五" / "周五" / "星期五" (the coming one); Korean
    # "다음 주 수요일" / "금요일".
    # (Traditional Chinese writes 週 and 禮拜: "下週三" is Wednesday of next week)
    ("zh_next_weekday", re.compile(r"(?:下周|下週|下星期|下礼拜|下禮拜)([一二三四五六日天])")),
    ("zh_weekday", re.compile(r"(?:本周|本週|这周|這週|這周|周|週|星期|礼拜|禮拜)([一二三四五六日天])")),
    ("ko_next_weekday", re.compile(_hangul(r"다음\s?주\s?(월|화|수|목|금|토|일)요일"))),
    ("ko_weekday", re.compile(_hangul(r"(?:이번\s?주\s?)?(월|화|수|목|금|토|일)요일"))),
    # "来週の金曜日に" (Friday of next week), "今週金曜" / "金曜日に" (the coming Friday); the weekday is a kanji.
    ("ja_next_weekday", re.compile(r"来週\s?の?\s?([月火水木金土日])曜")),
    ("ja_weekday", re.compile(r"(?:今週\s?の?\s?)?([月火水木金土日])曜")),
    # vi "thứ Sáu tuần sau" (Friday of next week), "vào thứ Hai" (the coming Monday); not "lần thứ hai" (the second time)
    (
        "vi_weekday",
        re.compile(
            r"(?<!lan )(?<!dot )(?<!ky )\b(?:vao )?(thu hai|thu ba|thu tu|thu nam|thu sau|thu bay|chu nhat)"
            r"(?: (tuan sau|tuan toi|tuan nay))?\b"
        ),
    ),
    # fr "dans quinze jours", "d'ici quinze jours", "sous quinzaine" say two weeks, as "a fortnight" does (Date + 14)
    (
        "fortnight",
        re.compile(
            r"\b(?:in|within) (?:a|one) fortnight\b|\bfortnight(?:'s)? time\b|"
            r"\b(?:dans|d'ici|sous|d'ici a|en) (?:une )?(?:quinze jours|15 jours|quinzaine)\b"
        ),
    ),
    # "the last working day of the month" is its last Monday to Friday, not its last calendar day.
    (
        "last_working_day",
        re.compile(
            r"\blast (?:working|business|banking|work) day of (?:the|this) month\b|\bletzte[nr]? (?:arbeits|werk|bank)tag "
            r"(?:des|dieses|im) monat\w*\b|\bdernier jour ouvr\w* du mois\b|\bultimo dia (?:habil|laborable) del mes\b|"
            r"\bultimo giorno lavorativo del mese\b|\blaatste werkdag van de maand\b|\bultimo dia util do mes\b"
        ),
    ),
    # de "übernächste Woche am Dienstag", "Dienstag der übernächsten Woche": that weekday of the week after the next
    (
        "weekday_week_after_next",
        re.compile(
            rf"\b(?:ubernachste[rn]?|uebernaechste[rn]?) woche (?:am )?({_WD})\b|"
            rf"\b({_WD}) (?:der )?(?:ubernachsten|uebernaechsten) woche\b"
        ),
    ),
    # "nächste Woche Mittwoch", "am Mittwoch nächster Woche", "vendredi de la semaine prochaine": that weekday of
    # the following week (checked before "next week" alone, which means that week's Friday).
    (
        "next_weekday",
        re.compile(
            rf"\b(?:{_NEXT_WEEK}) (?:on |am |le |el |op |il |no |na |a |ve |v |u |pa |på |i |pada |hari )?({_WD})\b|\b({_WD}) (?:of |in |der |de la |da |van |della )?(?:{_NEXT_WEEK})\b"
        ),
    ),
    # A weekday of a numbered week, sv "måndag v.12", "tisdag vecka 12", de "Montag KW 12", "am Montag der KW 12",
    # en "Monday of week 12": that day of that ISO week (before the week's number alone, which is its Friday).
    (
        "weekday_of_week_number",
        re.compile(
            rf"\b({_WD}) (?:(?:i|in|of|der|den|van|de la|en la|della) )?"
            r"(?:v\.|vecka|veckan|uge|uke|week|wk|kw|kalenderwoche|semaine|semana|settimana) ?(\d{1,2})\b(?![.,]\d)"
        ),
    ),
    # British "Friday week", "a week on Friday", "a week from Friday": the coming Friday plus seven days (not "next
    # Friday", the Friday of the following Monday-Sunday week, nor "Friday, week 12").
    (
        "weekday_week",
        re.compile(
            r"\b(?:on |by )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday) week\b(?! ?\d| after\b)|"
            r"\ba week (?:on|from|this|come) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        ),
    ),
    ("next_weekday", re.compile(rf"\b(?:{_NEXT_BEFORE}) ({_WD})\b|\b({_WD}) (?:{_NEXT_AFTER})\b")),
    # el "την Τρίτη της επόμενης εβδομάδας" (Tuesday of next week), "την επόμενη εβδομάδα την Τρίτη": with the week
    # named, "τρίτη" is Tuesday, not "third" (folded: the final sigma is σ)
    (
        "el_next_weekday",
        re.compile(
            rf"\b({_EL_WD}) τησ (?:επομενησ|ερχομενησ) εβδομαδασ\b|"
            rf"\bτην (?:επομενη|ερχομενη) εβδομαδα,? (?:την )?({_EL_WD})\b"
        ),
    ),
    # nl "vorige week dinsdag", en "Tuesday last week", de "letzte Woche Dienstag", fr "mardi de la semaine dernière":
    # that weekday of the previous Monday-Sunday week.
    (
        "last_week_weekday",
        re.compile(
            rf"\b(?:{_LAST_WEEK}) (?:on |am |le |el |op |il |no |na |a |i |pa )?({_WD})\b|"
            rf"\b({_WD}) (?:of |in |der |de la |da |van |della |i )?(?:{_LAST_WEEK})\b"
        ),
    ),
    # "last Friday", pt "sexta-feira passada", es "el viernes pasado", fr "vendredi dernier", de "letzten Freitag",
    # it "venerdì scorso", nl "afgelopen vrijdag", pl "w zeszły piątek": the one before today, whatever the verb's tense
    (
        "last_weekday",
        re.compile(
            rf"\b(?:last|letzten|vergangenen|afgelopen|vorige|w zeszly|w ubiegly|zeszly|minuly|minulou|minulu)"
            rf" ({_WD})\b(?! of\b)|\b({_WD}) (?:passada|passado|pasado|pasada|dernier|scorso|passato|passe)\b"
        ),
    ),
    ("weekday", re.compile(rf"\b(?:(?:{_THIS}) )?({_WD})\b")),
    # (the prefix "ב" (on) or "ה" (the) stays outside the match, so that "ביום ראשון, 24.5.2026" is that date's weekday)
    ("weekday", re.compile(r"(?:(?<=ב)|(?<=ה)|(?<!\w))(" + "|".join(_HE_WEEKDAYS) + r")(?!\w)")),
    # "by the end of Q1", "fin du trimestre", "Ende des Quartals": the quarter's last day (the named one, else
    # the current one).
    (
        "end_of_quarter",
        re.compile(
            r"\b(?:end of|the end of|close of|fin(?: du| de)?|finales del?|final del?|fim do|ende des|einde van het|"
            r"eind|fine(?: del)?) (?:the |this |le |el |o |il )?(?:q([1-4])\b|(first|second|third|fourth|1st|2nd|3rd|4th) "
            r"quarter|quarter|trimestre|quartals|kwartaal)\b"
        ),
    ),
    (
        "end_of_named_month",
        re.compile(
            rf"\b(?:end of|the end of|by the end of|until the end of|fin(?: de| du mois de| d')?|finales de|fines de|final de|fim de|ende|einde|eind|fine(?: di)?|sfarsitul lui|sfarsitul lunii|конца|кінця|akhir|"
            # da/no/sv business Latin "ultimo marts" (the month's last day), hr "do kraja ožujka"
            # ar "حتى نهاية ديسمبر" (until the end of December), "آخر ديسمبر"; el "έως το τέλος Μαΐου", "τέλη Ιουνίου" (the
            # end, the month in the genitive); pl "do końca maja", cs/sk "do konce/konca května"
            rf"ultimo|(?:do )?kraja|نهاية|اخر|τελοσ(?: του)?|τελη(?: του)?|(?:do )?konca|(?:do )?konce) ({_MO})\b"
        ),
    ),
    # tr "nisan sonuna kadar", "nisan ayı sonunda", hu "április végéig" / "április végén": the month named before its end
    (
        "end_of_named_month",
        re.compile(rf"\b({_MO}) (?:ayi )?(?:sonuna|sonunda|sonu|vegeig|vegen|veget)\b"),
    ),
    # ja/zh "3月末までに", "3月底前" (by the end of March): the end of that numbered month.
    ("cjk_end_of_month", re.compile(r"(?<!\d)(\d{1,2})\s?月\s?(?:末|底)")),
    # vi "đến hết tháng 1" (until the end of month 1), "cuối tháng 3": Vietnamese numbers its months too.
    ("cjk_end_of_month", re.compile(r"\b(?:het|cuoi) thang (\d{1,2})\b")),
    # km "ចុងខែមេសា" (the end of April), my "ဧပြီလကုန်" (April's end): the month named, written against its end
    ("end_of_named_month", re.compile(fold("ចុងខែ") + rf"\s?({_KM_MY_MO})")),
    ("end_of_named_month", re.compile(rf"({_KM_MY_MO})\s?" + fold("လကုန်"))),
    # zh "下个月5号" / "下月10日", ja "来月10日" / "翌月10日" (that day of next month); tr "gelecek ayın 20'si(ne kadar)"
    (
        "day_of_next_month",
        re.compile(r"(?:下个月|下個月|下月|来月|翌月)\s?(\d{1,2})\s?(?:号|號|日)|\bgelecek ayin (\d{1,2})\b"),
    ),
    # tr "ayın 20'sine kadar" (by the 20th; not next month's, read above)
    (
        "by_the",
        re.compile(
            r"(?<!gelecek )(?<!onumuzdeki )\bayin (\d{1,2})'?(?:s?i|s?u|s?ine|s?una|s?inde|s?unda)? (?:kadar|dek)\b"
        ),
    ),
    # ja "今週中に" (within this week): that week's Friday
    ("this_week", re.compile(r"今週中")),
    # ko "다음 달 초" (early next month): the 7th, as "the first week of" a month is
    ("early_next_month", re.compile(_hangul(r"다음\s?달\s?초"))),
    # ja/zh "来月末" / "下月底" (the end of next month) and "今月末" / "本月底" (this month's end), written without word
    # boundaries between the characters.
    ("end_of_next_month", re.compile(r"来月末|翌月末|下月底|下个月底|下個月底|下月末|下個月尾|下月尾")),
    # (a bare "月末に" is this month's end too; "3月末" and "来月末" are read above; Cantonese says "月尾")
    (
        "end_of_month",
        re.compile(
            r"今月末|本月底|本月末|当月末|(?<![来翌下今本当毎\d０-９\s])月末|(?<![下\d])(?<!下個)月尾"
        ),
    ),
    # nb "innen utgangen av måneden", da "inden udgangen af måneden", sv "vid utgången av månaden"; th "สิ้นเดือนนี้",
    # "ภายในสิ้นเดือน" (by the month's end)
    (
        "end_of_month",
        re.compile(r"\b(?:utgangen av maneden|udgangen af maneden|utgangen av manaden)\b|" + fold("สิ้นเดือน")),
    ),
    # th "สัปดาห์หน้า" (next week), "สัปดาห์นี้" (this week): that week's Friday
    ("next_week", re.compile(fold("สัปดาห์หน้า") + "|" + fold("อาทิตย์หน้า"))),
    ("this_week", re.compile(fold("สัปดาห์นี้") + "|" + fold("อาทิตย์นี้"))),
    # km "សប្តាហ៍នេះ" (this week), "សប្តាហ៍ក្រោយ" (next week), "ចុងខែនេះ" (this month's end); my "ဒီအပတ်" (this week),
    # "နောက်အပတ်" (next week), "ဒီလကုန်" (this month's end)
    (
        "next_week",
        re.compile(fold("សប្តាហ៍ក្រោយ|សប្ដាហ៍ក្រោយ|សប្តាហ៍មុខ|សប្ដាហ៍មុខ|နောက်အပတ်|နောက်တစ်ပတ်|လာမည့်အပတ်")),
    ),
    ("this_week", re.compile(fold("សប្តាហ៍នេះ|សប្ដាហ៍នេះ|ဒီအပတ်|ယခုအပတ်|ဒီတစ်ပတ်"))),
    ("end_of_month", re.compile(fold("ចុងខែនេះ|ဒီလကုန်|ယခုလကုန်"))),
    ("th_weekday", _TH_WEEKDAY),
    # de "bis Ende nächster Woche", "Ende der nächsten Woche" (the end of next week: its Friday, as "next week" is)
    ("next_week", re.compile(r"\bende (?:der )?(?:nachste[rn]?|naechste[rn]?|kommende[rn]?) woche\b")),
    # ar "الأسبوع القادم" / "المقبل" (next week), "هذا الأسبوع" (this week), "نهاية الشهر القادم" (end of next month)
    ("next_week", re.compile(fold("الأسبوع") + " (?:القادم|المقبل)")),
    ("this_week", re.compile(r"(?:هذا|خلال هذا) " + fold("الأسبوع") + "|" + fold("الأسبوع") + " الحالي")),
    ("end_of_next_month", re.compile(r"(?:نهاية|اخر) الشهر (?:القادم|المقبل)")),
    (
        "end_of_next_month",
        re.compile(
            r"\b(end of next month|end of the following month|fin du mois prochain|fin du mois suivant|fin del mes que viene|"
            r"finales del mes que viene|fin del proximo mes|finales del proximo mes|ende (des )?nachsten monats|"
            r"fim do proximo mes|final do proximo mes|(?:a |al |hasta |para )?(?:final|finales|fin) del mes (?:que viene|siguiente|entrante)|"
            r"(?:o |ate o )?(?:fim|final) do mes (?:que vem|seguinte)|fine del prossimo mese|fine mese prossimo|fin du mois qui vient|eind(e)? volgende maand|fine del mese prossimo|fine mese prossimo|"
            r"(?:do )?konca przyszlego miesiaca|koniec przyszlego miesiaca|"
            # vi "cuối tháng sau", hr "do kraja sljedećeg mjeseca", sl "do konca naslednjega meseca", sk "koncom budúceho
            # mesiaca", ms "hujung bulan depan"
            r"cuoi thang (?:sau|toi)|(?:do )?kraja (?:sljedeceg|iduceg) mjeseca|(?:do )?konca (?:naslednjega|prihodnjega) meseca|"
            r"(?:do )?konca (?:buduceho|nasledujuceho) mesiaca|koncom (?:buduceho|nasledujuceho) mesiaca|"
            r"(?:hujung|akhir) bulan (?:depan|hadapan))\b"
        ),
    ),
    (
        "end_of_month",
        re.compile(
            r"\b(eom|end of (the |this )?month|month[- ]end|a finales de mes|finales de mes|a fin de mes|fin de mes|a final de mes|final de mes|fin du mois|fin de mois|ende des monats|ende monat|monatsende|ende (diesen|dieses) monats|fim do mes|final do mes|eind(?:e)? van (?:de|deze) maand|einde maand|eind deze maand|fine mese|fine del mese|a fine mese|"
            r"(?:do |na )?konca (?:tego )?miesiaca|koniec (?:tego )?miesiaca|(?:do )?konce (?:tohoto )?mesice|"
            r"sfarsitul lunii|конца месяца|кінця місяця|akhir bulan|slutet av manaden|udgangen af maneden|slutningen af maneden|"
            # fi "kuun loppuun (mennessä)" (not "huhtikuun loppuun", a named month), ms "hujung bulan (ini)",
            # no "slutten av måneden", hu "a hónap végéig", tl "katapusan ng buwan", ca "final de mes"
            r"kuun (?:loppuun|lopussa)|hujung bulan|slutten av maneden|honap vegeig|honap vegen|katapusan ng (?:buwan|buwang ito)|"
            # he "עד סוף החודש" (by the end of the month)
            r"סוף החודש|סוף חודש|"
            # ar "في نهاية الشهر" / "آخر الشهر" (at the end of the month; "الشهر القادم" is next month's)
            r"(?:نهاية|اخر) (?:هذا )?الشهر(?! (?:القادم|المقبل))|"
            # tr "ay sonuna kadar" (by the month's end), "ay sonunda", "bu ayın sonuna" ("nisan ayı sonuna" names its month)
            r"ay sonuna|ay sonunda|bu ayin sonun(?:a|da)|"
            # vi "cuối tháng này" (the end of this month; "cuối tháng 4" names its month), el "τέλος του μήνα"
            r"cuoi thang(?: nay)?(?! \d)|τελοσ του μηνα|τελη του μηνα|"
            # hi, in Latin letters and in Devanagari: "is mahine ke end tak" (by this month's end), "महीने के अंत तक"
            r"mahine ke (?:end|ant|aakhir|akhir)|"
            + fold(r"महीने के (?:अंत|आखिर|आख़िर)")
            + r"|"
            # ur "مہینے کے آخر تک" (by the month's end), fa "آخر ماه" / "پایان ماه", bn "এই মাসের শেষে" (at this month's end)
            + fold(
                r"(?:مہینے|ماہ) کے (?:آخر|اختتام)|(?:آخر|پایان) (?:این )?ماه(?! (?:آینده|بعد))|মাসের শেষ|মাস শেষে"
            )
            + r"|"
            # da/no "ultimo denne måned" or "ultimo" closing its clause (es/it "último"/"ultimo" is an adjective: "un
            # último pago de 1.940,00" names no day), hr "do kraja mjeseca", et "kuu lõpuks" (by the month's end)
            r"ultimo (?:denne|dette|maneden|maned|manaden)|ultimo(?=\s*[.,;:)]|\s*$)|(?:do )?kraja (?:ovog |ovoga )?mjeseca|kuu lopuks|kuu lopus|"
            # sl "do konca meseca", sk "do konca mesiaca", "koncom mesiaca"
            r"(?:do )?konca (?:tega |tohto )?(?:meseca|mesiaca)|koncom (?:tohto )?mesiaca|konec meseca|"
            # bg "до края на месеца" (by the end of the month)
            r"края на месеца|края на този месец)\b"
            # ko "이번 달 말(까지)" (by the end of this month) besides "월말" and "이달 말"
             + _hangul(r"|(月底|월말|이달\s?말|이번\s?달\s?말)")
        ),
    ),
    # "el día 10 del mes que viene", "the 5th of next month", "le 15 du mois prochain": that day of next month.
    (
        "day_of_next_month",
        re.compile(
            r"\b(?:(?:el|le|il|am|on the|op de|no|the) )?(?:dia )?(\d{1,2}|first|second|third|fourth|fifth|tenth|fifteenth|twentieth)"
            r"(?:st|nd|rd|th|er|e|\.|º)? (?:del|of the|of|du|des|do|"
            r"van de|van|della|del) (?:mes que viene|proximo mes|mes siguiente|next month|following month|nachsten monats|"
            r"mois prochain|mois suivant|mes seguinte|volgende maand|mese prossimo|prossimo mese)\b"
            # ms "hingga 15 haribulan depan" (until the 15th of next month)
            r"|\b(\d{1,2}) haribulan (?:depan|hadapan)\b"
        ),
    ),
    # ar: the dual names two of a unit with no numeral: "بعد اسبوعين" (after two weeks), "خلال يومين" (within two days)
    ("ar_dual_period", re.compile(r"(?<!\w)(?:بعد|خلال|في غضون)\s(اسبوعين|يومين)(?!\w)")),
    # ur "دو ہفتے میں" (in two weeks), "دس دن کے اندر"; fa "دو هفته دیگر", "ظرف ده روز"; hi "दो हफ्ते में"; bn "দুই সপ্তাহের
    # মধ্যে", "১০ দিন পরে": the count, the unit, then "in" or "after" (a vowel sign ends some words: no \b there)
    (
        "in_period",
        re.compile(
            rf"(?<!\w)({_NUM}) ("
            + fold("ہفتے|ہفتوں|ہفتہ|دن|دنوں|هفته|روز|हफ्ते|हफ़्ते|हफ्तों|सप्ताह|दिन|दिनों|সপ্তাহের|সপ্তাহ|দিনের|দিন")
            + ") (?:"
            + fold("میں|کے اندر|کے بعد|دیگر|بعد|में|के अंदर|के भीतर|बाद|মধ্যে|পরে|পর")
            + r")(?!\w)"
            + "|(?<!\\w)"
            + fold("ظرف")
            + rf" ({_NUM}) ("
            + fold("هفته|روز")
            + r")(?!\w)"
        ),
    ),
    (
        "in_period",
        re.compile(
            rf"\b(?:in|within|dans|d'ici|en|innerhalb von|binnen|em|dentro de|daqui a|de aqui a|d'aqui a|over|tra|fra|entro|w ciagu|za) ({_NUM}) (days?|weeks?|jours?|semaines?|tagen|wochen|dias|semanas|dagen|weken|giorni|settimane|dni|tygodni|tygodnie|dies|setmanes)\b"
            # Turkish puts "in" after the period: "iki hafta sonra", "10 gün içinde"
            rf"|\b({_NUM}) (hafta|gun) (?:sonra|icinde)\b"
            # Indonesian and Malay the same: "dua minggu lagi" (two weeks more), "tiga hari lagi"; "dalam dua minggu",
            # ms "dalam masa dua minggu", "dalam tempoh 14 hari" (within the space of)
            rf"|\b({_NUM}) (minggu|hari) lagi\b|\b(?:dalam|dlm)(?: masa| tempoh)? ({_NUM}) (minggu|hari)\b"
            # id/ms an extension asked "selama 30 hari" (for 30 days): "perpanjangan waktu pembayaran … selama 30 hari"
            rf"|\b(?:perpanjangan|penundaan|tambahan waktu|penangguhan)\b[^.?!\n]{{0,50}}\bselama ({_NUM}) (minggu|hari)\b"
            # nb/da/sv "om to uker", "om 14 dage", "om två veckor"; cs "za dva týdny", "za 10 dní"
            rf"|\b(?:om|innen|inden|inom|za) ({_NUM}) (uker|uke|uger|uge|veckor|vecka|dager|dage|dagar|tydny|tydnu|tyden|dny)\b"
            # hu puts "in" after the period: "két hét múlva", "10 nap múlva", "két héten belül"
            rf"|\b({_NUM}) (het|nap|heten|napon) (?:mulva|belul)\b"
            # the time asked for: "a delay of three weeks", fr "un délai de trois semaines", es "una prórroga de 15 días"
            rf"|\b(?:an extension|a delay|an extra|a further|un delai|un delai supplementaire|une prolongation|un report|"
            rf"una prorroga|un plazo|una proroga|uma prorrogacao|um prazo|een uitstel|uitstel|einen aufschub|aufschub|"
            # pt-MZ/es "um prazo adicional de 30 dias", "un plazo adicional de 15 días"
            rf"um prazo (?:adicional|suplementar|extra)|un plazo (?:adicional|extra)) "
            rf"(?:of |de |di |van |von )?({_NUM}) (days|weeks|jours|semaines|dias|semanas|giorni|settimane|dagen|weken|tage|wochen)\b"
            # da/nb/sv/de/nl the count before the word for the respite: "14 dages henstand", "to ukers utsettelse",
            # "två veckors anstånd", "14 Tage Aufschub", "twee weken uitstel"
            rf"|\b({_NUM}) (dages|dagers|dagars|ugers|ukers|veckors|tage|wochen|dagen|weken) (?:henstand|betalingshenstand|"
            rf"utsettelse|betalingsutsettelse|anstand|betalningsanstand|forlengelse|forlaengelse|aufschub|zahlungsaufschub|"
            rf"uitstel|betalingsuitstel)\b"
            # hr "za 10 dana", "za dva tjedna"; sl "čez 10 dni"; sk "o 10 dní", "o dva týždne"
            rf"|\b(?:za|cez|o) ({_NUM}) (dana|dni|dny|tjedna|tjedana|tedna|tednov|tedne|tyzdne|tyzdnov)\b"
            # ro "peste două săptămâni", "în 10 zile", "în termen de două săptămâni"
            rf"|\b(?:peste|in termen de|in decurs de) ({_NUM}) (saptamani|saptamana|zile|zi)\b|\bin ({_NUM}) (saptamani|zile)\b"
            # vi "trong 10 ngày" (within), "10 ngày nữa" (ten days more), "trong hai tuần"
            rf"|\b(?:trong|trong vong) ({_NUM}) (ngay|tuan)\b|\b({_NUM}) (ngay|tuan) nua\b"
        ),
    ),
    (
        "by_the",
        re.compile(
            r"\b(?:by the|on the|before the|until the|till the|after the|bis zum|bis|zum|d'ici le|d'ici au|jusqu'au|am|le|el|au|avant le|antes del|ate o dia|ate dia|dia|el dia|op de|voor de|uiterlijk de|uiterlijk op de|entro il|il)\s+(\d{1,2})(?:st|nd|rd|th|er|e|\.|º)?(?![\d./])(?! (?:"
            + _MO
            + r"|days|weeks|jours|tage|dias|dagen|giorni|de)\b)"  # whole words: "el dia 20 junto" is not June
        ),
    ),
    # "senast den 25:e", "innen den 15.", "do 15-go": by the day, in the Nordic languages and Polish.
    (
        "by_the",
        re.compile(
            r"\b(?:(?:senast|innan|inden|innen|senest|fore|for|till|til) )?den (\d{1,2}):(?:e|a)\b|"
            r"\b(?:senast|innan|inden|innen|senest) den (\d{1,2})\.?(?![\d./])(?! (?:" + _MO + r")\b)|"
            r"\bdo (\d{1,2})-(?:go|ego)\b"
        ),
    ),
    # ro "o vom achita până pe 15", "până la 15", "pe data de 20" (by / on the day): the next such day, like "by the
    # 15th" ("pe 15 zile" is a span, "până la 15 aprilie" names its month, read elsewhere).
    (
        "by_the",
        re.compile(
            r"\b(?:pana (?:pe|la|in)(?: data de)?|pe data de|pe)\s+(\d{1,2})(?![\d./%])(?!,\d)(?! (?:"
            + _MO
            + r"|zile|zi|saptamani|saptamana|luni|ani|ore|lei|ron|euro|eur|bucati|buc|%)\b)"
        ),
    ),
    # "el día 20 de este mes", "the 20th of this month".
    (
        "by_the",
        re.compile(
            r"\b(\d{1,2})(?:st|nd|rd|th|er|º)? (?:de |of |du |di |van |des )?(?:este|this|ce|questo|deze|dieses|deste|"
            r"esse) (?:mes|month|mois|mese|maand|monats)\b"
        ),
    ),
    # sw "kufikia tarehe 15" (by the 15th; "tarehe" is the day of the month), "ifikapo tarehe 20", "mpaka tarehe 5"
    (
        "by_the",
        re.compile(
            r"\b(?:(?:kufikia|ifikapo|kabla ya|mpaka|hadi|siku ya) )?tarehe (\d{1,2})\b(?![.,/]\d)(?! (?:"
            + _MO
            + r")\b)"
        ),
    ),
    # az "gələn ayın 15-də" (on the 15th of next month), "gələn ayın 10-na qədər" (by the 10th of next month)
    (
        "day_of_next_month",
        re.compile(r"\b(?:gələn|novbəti) ayin (\d{1,2})(?:-?(?:də|da|ə|a|na|nə|dək|dan|dən))?(?!\w)"),
    ),
    # uk/ru "до 15 числа", "до 15-го числа" (by the 15th: "число" is the day of the month)
    ("by_the", re.compile(r"\b(?:до|к|на) (\d{1,2})(?:-?(?:го|е|ого))? числа\b")),
    # hi "15 तारीख तक" (by the 15th), "20 तारीख को" (on the 20th), in Latin letters "15 tarikh tak"
    (
        "by_the",
        re.compile(
            r"\b(\d{1,2}) (?:"
            + fold("तारीख")
            + "|"
            + fold("तारीख़")
            + r"|tarikh|tareekh|tarik) (?:"
            + fold("तक")
            + "|"
            + fold("को")
            + r"|tak|ko)(?!\w)"
        ),
    ),
    # A bare ordinal day ("it'll be the 27th") is that day of this month or the next, like "by the 27th".
    ("by_the", re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:" + _MO + r")\b)")),
    (
        "this_week",
        re.compile(
            r"\b(this week|diese woche|cette semaine|esta semana|deze week|questa settimana|essa semana|w tym tygodniu|"
            r"i denne uge|i denne uke|i denne uka|denna vecka|i den har veckan|talla viikolla|"
            # ro "în această săptămână" both ways round, hr "ovaj tjedan" / "ovog tjedna", et "sel nädalal"
            # tr "bu hafta (içinde)" (within this week), not "bu hafta sonu" (this weekend)
            r"bu hafta(?! ?sonu)|saptamana aceasta|saptamana asta|aceasta saptamana|ovaj tjedan|ovog tjedna|ovoga tjedna|sel nadalal|selle nadala jooksul|"
            r"на этои неделе|цього тижня|"
            # hi in Latin letters and in Devanagari: "is hafte (ke andar)" (within this week), "इस हफ्ते"
            r"is hafte|iss hafte|is hafta|iss hafta|"
            + fold("इस हफ्ते")
            + "|"
            + fold("इस हफ़्ते")
            + "|"
            + fold("इस सप्ताह")
            + r"|на цьому тижні|minggu ini|tento tyden|tento tyden|"
            # nb "i løpet av denne uken/uka" (within this week)
            r"denne uken|denne uka|"
            # mk "оваа недела", bg "тази седмица", sr "ове недеље", sq "këtë javë", sw "wiki hii"
            r"оваа недела|оваа седмица|во текот на неделава|тази седмица|ове недеље|ove nedelje|kete jave|wiki hii)\b"
            # hi "इसी हफ़्ते" (this very week): a word that ends in a vowel sign has no \b after it
            + "|(?<!\\w)(?:"
            + fold("इस|इसी")
            + ") (?:"
            + fold("हफ्ते|हफ़्ते|सप्ताह")
            + ")(?!\\w)"
            + _hangul(r"|(本周|这周|这个星期|本週|這週|這周|這個星期|이번\s?주)")
        ),
    ),
    (
        "next_week",
        re.compile(
            r"\b(next week|nachste woche|naechste woche|la semaine prochaine|semaine prochaine|la semana que viene|la proxima semana|proxima semana|volgende week|la settimana prossima|settimana prossima|prossima settimana|"
            r"w przyszlym tygodniu|w nastepnym tygodniu|saptamana viitoare|agle hafte|agle week|на следующеи неделе|наступного тижня|"
            r"на наступному тижні|minggu depan|pristi tyden|nasta vecka|i nasta vecka|næste uge|i næste uge|"
            r"sljedeceg tjedna|sljedeci tjedan|iduceg tjedna|iduci tjedan|naslednji teden|naslednjem tednu|prihodnji teden|"
            r"prihodnjem tednu|na buduci tyzden|buduci tyzden|buduceho tyzdna|minggu hadapan)\b"
            + _hangul(r"|(下周|下星期|다음\s?주)")
        ),
    ),
    # "by the end of the week", "EOW", fr "d'ici la fin de la semaine", es "a finales de la semana", de "bis Ende der
    # Woche", nl "eind van de week", it "entro fine settimana", pt "até o final da semana", pl "do końca tygodnia": that
    # week's Friday, like "this week" (not es/pt "fin(al) de semana" or fr "le week-end", the weekend).
    (
        "this_week",
        re.compile(
            r"\b(?:(?:by|before|until|at) (?:the )?end of (?:the )?week|end of the week|\beow|fin de (?:la )?semaine|"
            r"finales de (?:la|esta) semana|fin de (?:la|esta) semana|ende der woche|ende dieser woche|"
            r"eind van de week|einde van de week|entro (?:la )?fine (?:della )?settimana|fine della settimana|"
            r"final da semana|final desta semana|fim da semana|fim desta semana|konca tygodnia|konce tydne|"
            r"sfarsitul saptamanii)\b"
            # (not "the end of the week after next", "fin de la semaine prochaine": a later week)
            r"(?! (?:after|of|following|prochaine|que viene|proxima|prossima|seguinte|que vem)\b)"
        ),
    ),
    # it "verrà disposto in settimana" (within the week), "entro la settimana" (not "in settimana prossima")
    (
        "this_week",
        re.compile(
            r"\b(?:in settimana|entro (?:la|questa) settimana)\b(?! (?:prossima|successiva|che viene)\b)"
        ),
    ),
    # he "עד ה-15 לחודש" (by the 15th of the month), "ב-20 לחודש": that day, as "by the 15th"
    ("by_the", re.compile(r"(?:(?<=\s)|^)(?:עד |ב-?|ב)?ה-?(\d{1,2}) (?:לחודש|בחודש)(?!\w)")),
    # kk "осы аптаның соңына дейін" (by the end of this week), "осы аптада" (this week); ru "до конца этой недели"
    (
        "this_week",
        re.compile(
            fold(r"осы апта(ның соңына дейін|ның соңында|да|ның ішінде)") + r"|\bдо конца (?:этои )?недели\b"
        ),
    ),
    # kk "бүгіннен бастап 30 күн" (30 days from today); ru "30 дней с сегодняшнего дня"
    (
        "in_period",
        re.compile(
            fold(r"бүгіннен (?:бастап|есептегенде) ") + r"(\d{1,3}) (" + fold("күн|апта") + r")"
            r"|\b(\d{1,3}) (дн)\w* (?:с|от) сегодняшнего дня\b"
        ),
    ),
    # fa the Solar Hijri calendar, "تا ۲۵ اسفند" (by 25 Esfand), "۱۵ فروردین ۱۴۰۵" (digits Persian or Western; a month
    # name alone, "مهر" (a stamp) or "تیر" (an arrow), is no date)
    ("jalali", re.compile(r"(?<!\d)(\d{1,2}) (" + "|".join(_JALALI_MONTHS) + r")(?!\w)(?: (\d{4}))?(?!\d)")),
    (
        "week_number",
        re.compile(
            r"\b(?:kw|cw|week|semaine|semana|settimana|wk|uge|vecka|uke|viikolla|viikko|viikon|vko|tydzien|tygodniu|tyden|tydnu|"
            # de "Kalenderwoche 12", ro "săptămâna 12", sk "týždeň 12", hr/sl "tjedan 12", "teden 12", sv "v. 12"
            r"kalenderwoche|saptamana|saptamanii|tyzden|tyzdni|tjedan|tjednu|teden|tednu|v\.)\.? ?(\d{1,2})\b(?![.,]\d)"
            # The ordinal before the word: de "in der 12. KW", pl "w 12. tygodniu", cs "v 12. týdnu", sk "v 12. týždni",
            # hr "u 12. tjednu", sl "v 12. tednu", hu "a 12. héten", et "12. nädalal", tr "12. haftada",
            # ru "на 12-й неделе", uk "на 12-му тижні"; ja/zh "第12週". (Counts of weeks, "za 2 tygodnie",
            # "2 hét múlva", "2 hafta içinde", "через 2 недели", are no week's number: their forms are not read.)
            r"|\b(\d{1,2})\.? ?(?:kw|kalenderwoche|tygodniu|tydnu|tyzdni|tjednu|tednu)\b"
            r"|\b(\d{1,2})\. ?(?:tyden|tyzden|tjedan|teden|heten|nadalal|nadala|nadal|haftada|hafta|haftasinda)\b"
            # lv "14. nedēļā" (in week 14), lt "14-ąją savaitę" (not lv "2 nedēļas", lt "2 savaites": counts of weeks)
            r"|\b(\d{1,2})\. ?nedel(?:a|u)\b|\b(\d{1,2})-?(?:aja|oji|ojoje|osios) savait\w*"
            # (ru "неделе" is the locative of one week; uk "тижні" is also "weeks", so its ordinal ending is required)
            r"|\b(\d{1,2})(?:-?(?:и|ои|ом))? неделе\b|\b(\d{1,2})-?(?:му|ому|и) тижн[іи]\b"
            r"|第(\d{1,2})(?:週|周)"
        ),
    ),
    (
        "first_week_of",
        re.compile(
            rf"\b(?:first week of|premiere semaine d'|premiere semaine de|ersten (?:april|)woche im|primera semana de|primeira semana de|eerste week van|prima settimana di|"
            rf"(?:w )?pierwszym tygodniu|forsta veckan i|forste uge (?:i|af)|forste uke i|"
            # ro "în prima săptămână din aprilie" / "a lui aprilie", id "minggu pertama (bulan) April"
            rf"prima saptamana (?:din|a lui)|minggu pertama(?: bulan)?) ({_MO})\b"
        ),
    ),
    # ko "다음 달 10일" (the 10th of next month); id/ms "tanggal 25 bulan depan" (the 25th of next month)
    (
        "day_of_next_month",
        re.compile(_hangul(r"다음\s?달\s?(\d{1,2})\s?일") + r"|\btanggal (\d{1,2}) bulan depan\b"),
    ),
    # id/ms "tanggal 25 bulan ini" (the 25th of this month): the next 25th, as "by the 25th"
    ("by_the", re.compile(r"\btanggal (\d{1,2}) bulan ini\b")),
]


def _next_on_or_after(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d >= today:
            return d
    return None


def _latest_on_or_before(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= today:
            return d
    return None


def _day_month(today: date, day: int, month: int, year: int | None, direction: Direction) -> date | None:
    if year is not None:
        try:
            return date(year if year > 99 else 2000 + year, month, day)
        except ValueError:
            return None
    return (
        _next_on_or_after(today, month, day)
        if direction == "future"
        else _latest_on_or_before(today, month, day)
    )


_IN_TWO_DAYS = frozenset(
    {
        "day after tomorrow",
        "pasado manana",
        "ubermorgen",
        "apres-demain",
        "apres demain",
        "depois de amanha",
        "overmorgen",
        "dopodomani",
        "pojutrze",
        "poimaine",
        "послезавтра",
        "lusa",
        "ngay kia",
        "μεθαυριο",
        "pozitri",
        "obur gun",
        "holnaputan",
        "后天",
        "後天",
        "明後日",
    }
)
_TWO_DAYS_AGO = frozenset(
    {
        "day before yesterday",
        "anteayer",
        "antes de ayer",
        "vorgestern",
        "avant-hier",
        "anteontem",
        "eergisteren",
        "l'altro ieri",
        "przedwczoraj",
        "позавчера",
        "hom kia",
        "προχθεσ",
        "predevcirem",
        "tegnapelott",
        "前天",
        "一昨日",
        "evvelsi gun",
    }
)
_ORDINAL_DAYS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "tenth": 10,
    "fifteenth": 15,
    "twentieth": 20,
}
_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _friday_of_week(day: date) -> date:
    return day + timedelta(days=4 - day.weekday())


def _resolve(kind: str, m: re.Match[str], today: date, direction: Direction, day_first: bool) -> date | None:
    g = m.groups()
    if kind == "iso":
        y, mo, d = (g[0], g[2], g[3]) if len(g) == 4 else g
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            return None
    if kind in ("holiday", "weekday_after_holiday"):
        name = g[-1]
        this_year = _holiday_in(name, today.year)
        if direction == "past":
            when = this_year if this_year <= today else _holiday_in(name, today.year - 1)
        else:
            when = this_year if this_year >= today else _holiday_in(name, today.year + 1)
        if kind == "holiday":
            return when
        return when + timedelta(days=(_WEEKDAYS[g[0]] - when.weekday() - 1) % 7 + 1)
    if kind == "numeric":
        a, b = int(g[0]), int(g[2])
        year = int(g[3]) if g[3] else None
        if g[1] == "-" and year is None:
            return None  # "10-12 units" is a range, not a date
        if g[1] == "." or day_first:
            day, month = a, b
        else:
            month, day = a, b
        if not (1 <= month <= 12):
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if year is None and g[1] == "/" and not day_first and a > 12:
            return None
        resolved = _day_month(today, day, month, year, direction)
        # A past event cannot be in the future: read the other way round when that makes it past.
        if (
            direction == "past"
            and resolved
            and resolved > today
            and day <= 12
            and month <= 12
            and day != month
        ):
            swapped = _day_month(today, month, day, year, direction)
            if swapped and swapped <= today:
                return swapped
        return resolved
    if kind == "cjk":
        return _day_month(today, int(g[2]), int(g[1]), int(g[0]) if g[0] else None, direction)
    if kind == "day_month":
        return _day_month(today, int(g[0]), _MONTHS[g[1]], int(g[2]) if g[2] else None, direction)
    if kind == "th_day_month":
        year = int(g[2]) if g[2] else None
        if year is not None and year > 2400:
            year -= _BUDDHIST_ERA
        return _day_month(today, int(g[0]), _TH_MONTHS[g[1]], year, direction)
    if kind == "month_day":
        return _day_month(today, int(g[1]), _MONTHS[g[0]], int(g[2]) if g[2] else None, direction)
    if kind == "relative_day":
        if g[0] in _TH_DAYS:
            return today + timedelta(days=_TH_DAYS[g[0]])
        word = unicodedata.normalize("NFC", g[0])
        if word in _IN_TWO_DAYS:
            return today + timedelta(days=2)
        if word in _TWO_DAYS_AGO:
            return today - timedelta(days=2)
        if word in (
            "tomorrow",
            "manana",
            "demain",
            "morgen",
            "amanha",
            "domani",
            "jutro",
            "imorgon",
            "i morgen",
            "zitra",
            "zajtra",
            "rytoj",
            "huomenna",
            "sutra",
            "αυριο",
            "明日",
            "maine",
            "завтра",
            "besok",
            "明天",
            "내일",
            "dema",
            "bukas",
            "holnap",
            "מחר",
            "yarin",
            "ngay mai",
        ):
            return today + timedelta(days=1)
        if word in ("कल", "kal"):
            # Hindi has one word for both: a claim reads it back, a promise forward.
            return today - timedelta(days=1) if direction == "past" else today + timedelta(days=1)
        if word in (
            "yesterday",
            "ayer",
            "hier",
            "gestern",
            "ontem",
            "gisteren",
            "ieri",
            "wczoraj",
            "igar",
            "i gar",
            "vcera",
            "eilen",
            "jucer",
            "vakar",
            "χθεσ",
            "昨日",
            "ieri",
            "вчера",
            "вчора",
            "kemarin",
            "昨天",
            "어제",
            "ahir",
            "kahapon",
            "tegnap",
            "אתמול",
            "dun",
            "hom qua",
        ):
            return today - timedelta(days=1)
        return today
    if kind == "fortnight":
        return today + timedelta(days=14)
    if kind == "relative_day_more":
        return today + timedelta(days=-1 if g[0] in _AR_YESTERDAY else _RELATIVE_DAYS_MORE[g[0]])
    if kind == "vi_weekday":
        wd = _VI_WEEKDAYS.index(g[0])
        if g[1] in ("tuan sau", "tuan toi"):
            return today + timedelta(days=7 - today.weekday() + wd)
        if direction == "past":
            return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        return today + timedelta(days=(wd - today.weekday()) % 7)
    if kind == "last_working_day":
        last = _end_of_month(today.year, today.month)
        return last - timedelta(days=max(0, last.weekday() - 4))
    if kind == "th_weekday":
        wd = 3 if g[0] == fold("พฤหัส") else _TH_WEEKDAYS.index(g[0])
        if g[1]:
            return today + timedelta(days=7 - today.weekday() + wd)
        if direction == "past":
            return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        return today + timedelta(days=(wd - today.weekday()) % 7)
    if kind in ("ja_next_weekday", "ja_weekday"):
        wd = _JA_WEEKDAYS.index(g[0])
        if kind == "ja_next_weekday":
            return today + timedelta(days=7 - today.weekday() + wd)
        if direction == "past":
            return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        return today + timedelta(days=(wd - today.weekday()) % 7)
    if kind in ("zh_next_weekday", "zh_weekday", "ko_next_weekday", "ko_weekday"):
        wd = (
            _ZH_WEEKDAYS.index(g[0])
            if kind.startswith("zh")
            else _KO_WEEKDAYS.index(unicodedata.normalize("NFC", g[0]))
        )
        if kind.endswith("next_weekday"):
            return today + timedelta(days=7 - today.weekday() + wd)
        if direction == "past":
            return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        return today + timedelta(days=(wd - today.weekday()) % 7)
    if kind == "last_week_weekday":
        wd = _WEEKDAYS[g[0] or g[1]]
        return today - timedelta(days=today.weekday() + 7 - wd)
    if kind == "el_next_weekday":
        wd = _EL_WEEKDAYS.index(g[0] or g[1])
        return today + timedelta(days=7 - today.weekday() + wd)
    if kind == "next_weekday":
        wd = _WEEKDAYS[g[0] or g[1]]
        return today + timedelta(days=7 - today.weekday() + wd)
    if kind == "last_weekday":
        wd = _WEEKDAYS[g[0] or g[1]]
        return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
    if kind == "weekday_week_after_next":
        wd = _WEEKDAYS[g[0] or g[1]]
        return today - timedelta(days=today.weekday()) + timedelta(days=14 + wd)
    if kind == "weekday_of_week_number":
        numbered = int(g[1])
        try:
            that_day = date.fromisocalendar(today.year, numbered, _WEEKDAYS[g[0]] + 1)
            # "måndag v.2" said in December is next January's week 2.
            if direction != "past" and that_day < today - timedelta(days=6):
                that_day = date.fromisocalendar(today.year + 1, numbered, _WEEKDAYS[g[0]] + 1)
        except ValueError:
            return None
        return that_day
    if kind == "weekday_week":
        wd = _WEEKDAYS[g[0] or g[1]]
        return today + timedelta(days=(wd - today.weekday()) % 7 + 7)
    if kind == "weekday":
        wd = _WEEKDAYS[g[0]]
        if direction == "past":
            return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        return today + timedelta(days=(wd - today.weekday()) % 7)
    if kind == "end_of_named_month":
        month = _MONTHS[g[0]]
        year = today.year if month >= today.month else today.year + 1
        return _end_of_month(year, month)
    if kind == "end_of_quarter":
        named = int(g[0]) if g[0] else _ORDINAL_QUARTERS.get(g[1] or "")
        quarter = named or (today.month - 1) // 3 + 1
        end = _end_of_month(today.year, quarter * 3)
        return end if end >= today or direction == "past" else _end_of_month(today.year + 1, quarter * 3)
    if kind == "day_of_next_month":
        y, mth = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        said = next(x for x in g if x)
        day = int(said) if said.isdigit() else _ORDINAL_DAYS[said]
        return date(y, mth, min(day, _end_of_month(y, mth).day)) if 1 <= day <= 31 else None
    if kind == "end_of_month":
        return _end_of_month(today.year, today.month)
    if kind == "cjk_end_of_month":
        month = int(g[0])
        if not 1 <= month <= 12:
            return None
        if direction == "past":
            return _end_of_month(today.year if month <= today.month else today.year - 1, month)
        return _end_of_month(today.year if month >= today.month else today.year + 1, month)
    if kind == "early_next_month":
        y, mth = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, mth, 7)
    if kind == "end_of_next_month":
        y, mth = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return _end_of_month(y, mth)
    if kind == "week_of":
        parts = [x for x in g if x]
        day_s, month_s = (parts[1], parts[0]) if parts[0] in _MONTHS else (parts[0], parts[1])
        start = _day_month(today, int(day_s), _MONTHS[month_s], None, "future")
        return _friday_of_week(start) if start else None
    if kind == "in_period":
        count, unit = [x for x in g if x]
        n = int(count) if count.isdigit() else _NUMBERS[count]
        weeks = unit.startswith(
            (
                "week",
                "semaine",
                "woche",
                "semana",
                "weken",
                "settiman",
                "tygodn",
                "hafta",
                "setman",
                "minggu",
                "uke",
                "uge",
                "veck",
                "tyd",
                "het",
                "tjed",
                "ted",
                "tyz",
                "tuan",
                "saptam",
                *(fold(w) for w in ("ہفت", "هفته", "हफ", "सप्ताह", "সপ্তাহ", "апта")),
            )
        )
        return today + timedelta(days=n * 7 if weeks else n)
    if kind == "jalali":
        year = int(g[2]) if g[2] and 1300 <= int(g[2]) <= 1499 else None
        return _jalali(today, int(g[0]), _JALALI_MONTHS[g[1]], year, direction)
    if kind == "ar_dual_period":
        return today + timedelta(days=14 if g[0] == "اسبوعين" else 2)
    if kind == "by_the":
        day = int(next(x for x in g if x))
        if not 1 <= day <= 31:
            return None
        if direction == "past":
            return _latest_on_or_before(today, today.month, day) or _latest_on_or_before(
                today, today.month - 1 or 12, day
            )
        if today.day <= day:
            try:
                return today.replace(day=day)
            except ValueError:
                return None
        y, mth = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        try:
            return date(y, mth, day)
        except ValueError:
            return None
    if kind == "this_week":
        return _friday_of_week(today)
    if kind == "next_week":
        return _friday_of_week(today + timedelta(days=7))
    if kind == "week_number":
        week = int(next(n for n in g if n))
        if not 1 <= week <= 53:
            return None
        try:
            friday = date.fromisocalendar(today.year, week, 5)
            # "week 2" said in December is next January's week 2.
            if direction != "past" and friday < today - timedelta(days=6):
                friday = date.fromisocalendar(today.year + 1, week, 5)
            return friday
        except ValueError:
            return None
    if kind == "first_week_of":
        month = _MONTHS[g[0]]
        year = today.year if month >= today.month else today.year + 1
        return date(year, month, 7)
    return None


# Words that look like dates but are not ("mar" is Spanish for sea, "may" an English verb, "sun" ...).
_AMBIGUOUS_MONTHS = {"mar", "may", "mag", "set", "gen", "ago", "dec", "jun", "jul"}
_AMBIGUOUS_WEEKDAYS = {
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "quarta",
    "quinta",
    "sexta",
    "segunda",
    "terca",
}


def find_dates(
    text: str, today: date, *, direction: Direction = "future", day_first: bool = True
) -> list[FoundDate]:
    """Every date the text states, resolved; overlapping matches keep the earliest-listed kind."""
    # Reading one reply asks about the same sentence several times (is it dated, is the date ahead, which date):
    # more than half of the calls repeat one, so the answer is remembered (a new list each time: callers may keep it).
    return list(_find_dates(text, today, direction, day_first))


@lru_cache(maxsize=4096)
def _find_dates(text: str, today: date, direction: Direction, day_first: bool) -> tuple[FoundDate, ...]:
    # "il 1° marzo", "el 1º de abril": the ordinal sign is not part of the number.
    folded = re.sub(r"(\d)[°º]", r"\1", fold(text))
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if (
                kind == "weekday"
                and m.group(1) in _AMBIGUOUS_WEEKDAYS
                and not m.group(0).startswith(("on ", "by "))
                # "will pay fri": right after a payment verb the short form is the weekday.
                and not re.search(r"\b(pay|send|wire|transfer|remit|settle|due|out)\s+$", folded[: m.start()])
            ):
                continue
            if (
                kind == "weekday"
                and m.group(1) in ("nedela", "nedelu")
                and re.search(r"\b\d{1,2}\. ?$", folded[: m.start()])
            ):
                continue  # lv "14. nedēļā" is week 14, the ordinal before the word; the sk/sl Sunday takes none
            if (
                kind == "weekday"
                and m.group(1) == "cuma"
                and re.search(
                    r"\b(yang|kami|sudah|belum|dengan|untuk|akan|tetapi|saya|sahaja|saja|hanya)\b", folded
                )
            ):
                continue  # Malay and Indonesian "cuma" is "only"; Turkish "cuma" (Friday) has none of these words
            if kind in ("day_month", "month_day"):
                month_word = m.group(2) if kind == "day_month" else m.group(1)
                if month_word in _AMBIGUOUS_MONTHS and not re.search(r"\d", m.group(0)):
                    continue
            if (
                kind == "relative_day"
                and m.group(1) == "manana"
                and re.search(r"(esta|la|por la|de) $", folded[: m.start()])
            ):
                continue  # "esta mañana" is this morning
            if (
                kind == "by_the"
                and m.group(0).split()[0] in ("el", "le", "il", "am", "au", "op")
                and m.group(0).split()[1] != "dia"  # "el día 15" names a day of the month by itself
                and not re.search(
                    # (fr "le virement sera effectué au plus tard le 25": the payment carried out, at the latest, by the day)
                    r"(pay|pag|pai|regl|zahl|betal|overmak|bonific|transfer|vir|gir|deposit|uberweis|rientr|torn|regres|vuelv|volt|retour|terug|"
                    r"effectu|au plus tard)\w*\W+(\w+\W+){0,6}$",
                    folded[: m.start()],
                )
            ):
                continue  # a bare "le 15" is only a payment date next to a payment verb
            if kind == "holiday" and re.search(
                r"\b(after|apres|despues de|depois d[aoe]|nach|dopo|before|avant|antes d[eoa]|vor|voor|prima d[ie])"
                r"( the| la| el| o| a| le| de| der| den| il)? $",
                folded[: m.start()],
            ):
                continue  # "after Easter" is some time after it, not the day
            if kind == "numeric" and _NUMBERED_PART.search(folded[: m.start()]):
                continue  # "clause 4.19 of the contract" is a clause
            if (
                kind == "numeric"
                and re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", m.group(0))
                and _ROOM_NUMBER.search(folded[: m.start()])
            ):
                continue
            # Swedish and Danish "i fredags" is last Friday, whatever the sentence is about.
            past_weekday = (
                kind == "weekday" and m.group(1).endswith("dags") and folded[: m.start()].endswith("i ")
            )
            value = _resolve(kind, m, today, "past" if past_weekday else direction, day_first)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(FoundDate(value=value, start=m.start(), end=m.end()))
    # "Monday 25 May", "mandag den 5. januar": a weekday right next to an explicit date only names that date.
    explicit = [f for f in found if _WEEKDAY_ONLY.fullmatch(folded[f.start : f.end]) is None]
    found = [
        f
        for f in found
        if _WEEKDAY_ONLY.fullmatch(folded[f.start : f.end]) is None
        or not any(
            (e.start >= f.end and _WEEKDAY_GAP.fullmatch(folded[f.end : e.start]))
            or 0 <= f.start - e.end <= 3
            for e in explicit
        )
    ]
    return tuple(sorted(found, key=lambda f: f.start))


# What may stand between a weekday and the date it names: a comma, or an article ("den", "the", "le", "el").
_WEEKDAY_GAP = re.compile(r"[ ,]{0,3}|,? (den|the|le|el|il|der|de|o|dne)\.? ")
_WEEKDAY_ONLY = re.compile(rf"(?:(?:{_THIS}) )?(?:{_WD}),?")
_NUMBERED_PART = re.compile(
    r"\b(clause|section|article|art|para|paragraph|paragraphe|item|ziffer|punkt|klausel|apartado|clausula|articolo|artikel|"
    r"artigo|sec)\.?\s?$|§\s?$"
)
# A room or an office by its number, "escritório 2.07", "office 3.12", "Raum 1.04" (a day and month alone: "back in the
# office 12/01/2026" is a date).
_ROOM_NUMBER = re.compile(
    r"\b(office|room|suite|desk|escritorio|sala|gabinete|oficina|despacho|bureau|buro|raum|ufficio|stanza|kantoor|ruimte|"
    r"biuro|pokoj)\s?(?:n[o°]\.?\s?|nr\.?\s?|#\s?)?$"
)
