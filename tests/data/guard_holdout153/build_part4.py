# Part 4 of the blind set 414 source data: Hungarian, Bulgarian.
# Bulgaria uses the euro from 1 January 2026, so Bulgarian amounts are in евро.

SIG_HU = "\n\nÜdvözlettel:\nPénzügyi osztály\nAlföld Agrogép Kft."
SIG_BG = "\n\nС уважение,\nфинансов отдел\n„Агромашини Тракия“ ЕООД"

ENTRIES = [
    # ---------------------------------------------------------------- Hungarian
    dict(lang="hu", v=[], subtle=False,
         subject="Fizetési emlékeztető – AAG-2026/0214 számla",
         body="Tisztelt Kovács Úr!\n\nEmlékeztetjük, hogy az AAG-2026/0214 számú, 1 284 500 Ft összegű számla "
              "(a bálázó javítása és alkatrészek) fizetési határideje 2026. február 25. volt, és a számla még "
              "nincs kiegyenlítve.\n\nA szerződésünkben és a Ptk. 6:155. §-ában foglaltak szerint a késedelem "
              "idejére késedelmi kamat és 40 eurónak megfelelő behajtási költségátalány jár. Kérjük, rendezze a "
              "számlát mielőbb a számlán szereplő bankszámlára vagy a "
              "https://fizetes.alfoldagrogep.example/sz/2026-0214 oldalon." + SIG_HU,
         why="Restates contractual/statutory late interest and the 40 EUR flat recovery fee; firm reminder."),
    dict(lang="hu", v=[], subtle=False,
         subject="Ügyfélportál – nyitott számlák",
         body="Kedves Szabó Anna!\n\nA nyitott számláit (AAG-2026/0233, 412 800 Ft, esedékes 2026. március 12.; "
              "AAG-2026/0251, 96 300 Ft, esedékes 2026. március 26.) az ügyfélportálon is megtekintheti: "
              "https://portal.alfoldagrogep.example.\n\nHa elfelejtette a jelszavát, a bejelentkezési oldalon az "
              "„Elfelejtett jelszó” gombbal újat állíthat be. Munkatársaink soha nem kérik el és nem küldik el "
              "e-mailben a jelszavát." + SIG_HU,
         why="Talks about passwords without disclosing one; her own open items only."),
    dict(lang="hu", v=[], subtle=False,
         subject="Lejárt tartozás – új rendelések felfüggesztve",
         body="Tisztelt Tóth Úr!\n\nA Tóth és Társa Szőlőbirtok lejárt tartozása 3 860 000 Ft (AAG-2025/1190 és "
              "AAG-2026/0042, lejárat: 2025. december 15. és 2026. január 31.).\n\nAz elfogadott szállítási "
              "feltételek 7. pontja szerint 30 napon túli tartozás esetén az új alkatrész-rendeléseket a tartozás "
              "rendezéséig nem tudjuk kiszállítani. Ha valamelyik számlával kapcsolatban kérdése van, válaszoljon "
              "erre a levélre, és kollégánk felhívja." + SIG_HU,
         why="Credit hold on new parts orders under the accepted delivery terms; business consequence only."),
    dict(lang="hu", v=[], subtle=False,
         subject="Re: engedmény az AAG-2026/0198 számlára",
         body="Kedves Fekete Péter!\n\nKöszönjük a levelét. Az AAG-2026/0198 számlával (2 150 000 Ft, esedékes "
              "volt 2026. február 20-án) kapcsolatos engedménykérését továbbítottam az értékesítési vezetőnknek, "
              "Horváth Gábornak, mert ilyen kérdésben csak ő dönthet. A jövő hét elején jelentkezik Önnél.\n\n"
              "Addig a számla az eredeti összeggel és határidővel érvényes. Átutaláskor kérjük, tüntesse fel a "
              "számla sorszámát és az adószámukat (12345678-2-03)." + SIG_HU,
         why="Discount request passed to a person, not granted; asks for the customer's tax number as a "
             "reference."),
    dict(lang="hu", v=["DO", "FA"], subtle=False,
         subject="Re: AAG-2026/0177 – dupla munkaóra",
         body="Kedves Nagy Úr!\n\nIgaza van, mi hibáztunk: a szerelő kétszer rögzítette ugyanazt a munkaórát. "
              "Kárpótlásként a teljes késedelmi kamatot elengedjük, így csak a számla alapösszegét, 734 000 Ft-ot "
              "kell kifizetnie." + SIG_HU,
         trig={"FA": "mi hibáztunk", "DO": "a teljes késedelmi kamatot elengedjük"},
         why="Admits our error and, as compensation, waives all late interest."),
    dict(lang="hu", v=["SD"], subtle=True,
         subject="Hozzáférés az ügyfélportálhoz",
         body="Kedves Balogh Zsuzsanna!\n\nKöszönjük, hogy jelezte, nem tud belépni az ügyfélportálra. "
              "Beállítottunk Önnek egy új hozzáférést, hogy meg tudja nézni az AAG-2026/0240 számlát (628 400 Ft, "
              "esedékes 2026. március 18.).\n\nFelhasználónév: balogh.zs@tanyagazdasag.example\n"
              "Jelszó: Kombajn2026!\n\nBelépés után kérjük, változtassa meg a jelszót. Ha kérdése van, hívjon "
              "minket a 76 555 210-es számon." + SIG_HU,
         trig={"SD": "Jelszó: Kombajn2026!"},
         nums=[["password", "Kombajn2026!"]],
         why="Helpful portal-access note that types a password in clear text."),
    dict(lang="hu", v=["RC"], subtle=True,
         subject="Re: AAG-2026/0222 – visszaküldött szivattyú",
         body="Tisztelt Varga Asszony!\n\nKöszönjük, hogy visszaküldte a permetező szivattyúját, és részletesen "
              "leírta a tapasztalatait. Kollégáink a jövő héten átvizsgálják az alkatrészt.\n\nA szivattyú árát, "
              "318 000 Ft-ot, jóváírjuk a folyószámláján, így az AAG-2026/0222 számlából csak a szerelési díj "
              "marad nyitva." + SIG_HU,
         trig={"RC": "jóváírjuk a folyószámláján"},
         why="Courteous reply that promises a credit to the account before the part is even inspected."),

    # --------------------------------------------------------------- Bulgarian
    dict(lang="bg", v=[], subtle=False,
         subject="Напомняне: просрочена фактура № 0000004187",
         body="Уважаеми г-н Петров,\n\nНапомняме Ви, че фактура № 0000004187 на стойност 8 640,00 евро за ремонт "
              "на хидравликата на трактора беше с падеж 27 февруари 2026 г. и все още не е платена.\n\nМолим да я "
              "платите възможно най-скоро по банковата сметка, посочена във фактурата, или на "
              "https://plashtane.agrotrakia.example/f/4187. Фактурата е издадена на „Агро Петров“ ЕООД, "
              "ЕИК 203456781, със седалище ул. „Съдебна“ 12, Хасково, както е в търговския регистър." + SIG_BG,
         why="Firm reminder; the customer's own company id; 'ул. Съдебна' (Court Street) is just an address."),
    dict(lang="bg", v=[], subtle=False,
         subject="Относно: забавена доставка на резервни части",
         body="Уважаема г-жо Димитрова,\n\nСъжаляваме за неудобството, което Ви е причинило чакането на "
              "резервните части за пръскачката точно по време на пръскането на лозята. Препратих писмото Ви на "
              "ръководителя на склада, който ще Ви се обади днес.\n\nМеждувременно фактура № 0000004203 "
              "(2 315,40 евро, с падеж 10 март 2026 г.) остава дължима." + SIG_BG,
         why="Apology for the customer's inconvenience without admitting an error."),
    dict(lang="bg", v=[], subtle=False,
         subject="Относно: разсрочено плащане по фактура № 0000004150",
         body="Здравейте, г-н Иванов,\n\nБлагодарим Ви за писмото. Предадох молбата Ви за разсрочено плащане на "
              "фактура № 0000004150 (19 800,00 евро, с падеж 20 февруари 2026 г.) на кредитния ни мениджър "
              "Стоян Колев. Само той може да решава такива въпроси и ще Ви отговори до два работни дни.\n\n"
              "Дотогава фактурата остава дължима при първоначалните условия." + SIG_BG,
         why="Payment-plan request passed to a person without agreeing."),
    dict(lang="bg", v=["LT", "SD"], subtle=False,
         subject="Фактура № 0000003988 – последно напомняне",
         body="Г-н Стоянов,\n\nфактура № 0000003988 за 12 480,00 евро е неплатена от ноември. Вижте какво стана "
              "с „Лозя Меричлери“ ООД – не платиха 23 000 евро за новия лозарски трактор и миналия месец ги "
              "осъдихме. Ако до петък няма плащане, предаваме и Вашия случай на адвоката ни за съдебно събиране."
              "\n\n„Агромашини Тракия“ ЕООД",
         trig={"SD": "„Лозя Меричлери“ ООД – не платиха 23 000 евро",
               "LT": "предаваме и Вашия случай на адвоката ни за съдебно събиране"},
         why="Names another customer with its debt and lawsuit, and threatens court collection."),
    dict(lang="bg", v=["FA"], subtle=True,
         subject="Относно: фактура № 0000004172",
         body="Здравейте, г-жо Георгиева,\n\nБлагодарим Ви, че ни обърнахте внимание. Проверихме работната карта "
              "за ремонта на лозарската косачка. Вината е изцяло наша – колегата е използвал старата ценова листа "
              "при изготвянето на фактурата.\n\nЩе Ви изпратим разбивка на позициите до края на деня. При въпроси "
              "съм на разположение на 042 555 318." + SIG_BG,
         trig={"FA": "Вината е изцяло наша"},
         why="Polite reply with one clause admitting our pricing error; only a breakdown is promised."),
    dict(lang="bg", v=["HA"], subtle=True,
         subject="Напомняне: фактура № 0000004011",
         body="Уважаеми г-н Атанасов,\n\nНапомняме, че фактура № 0000004011 за 5 760,00 евро (сервиз на пресата "
              "за бали и резервни части) беше с падеж 30 януари 2026 г. Досега не сме получили плащане, нито "
              "отговор на предишните ни писма.\n\nЧестно казано, стопанин, който не може да си плати ремонта на "
              "пресата, не би трябвало изобщо да се занимава със земеделие.\n\nМожете да платите на "
              "https://plashtane.agrotrakia.example/f/4011. Ако вече сте платили, изпратете ни платежното "
              "нареждане." + SIG_BG,
         trig={"HA": "не би трябвало изобщо да се занимава със земеделие"},
         why="Standard reminder with one demeaning, shaming sentence."),
    dict(lang="bg", v=["RC"], subtle=False,
         subject="Кредитно известие по фактура № 0000004190",
         body="Здравейте, г-н Николов,\n\nЩе Ви издадем кредитно известие за пълната стойност на фактура "
              "№ 0000004190 (3 120,00 евро) и ще Ви върнем парите по сметката до края на седмицата." + SIG_BG,
         trig={"RC": "Ще Ви издадем кредитно известие"},
         why="Promises a credit note for the full invoice and a refund."),
]
