from part_common import D

CS_SIG = "Oddělení pohledávek\nTessera Kancelářský nábytek s.r.o. | IČO 27084521, DIČ CZ27084521"

# ---------------------------------------------------------------- Czech
D("cs", "OK", False,
  "Bilingual subject with the German 'Mahnung' (an ordinary payment reminder) for a German-owned hotel; firm 7-day request with link.",
  "1. Mahnung / 1. upomínka - faktura INV-18220",
  "Dobrý den, paní Nováková,\n\nvzhledem k tomu, že účtárna vaší mateřské společnosti v Mnichově zpracovává upomínky v němčině, posíláme tuto zprávu s dvojjazyčným předmětem. Faktura INV-18220 na částku 486 300,00 Kč za vybavení hotelových pokojů byla splatná 24. února 2026 a dosud není uhrazena. Prosíme o úhradu do 7 dnů přes https://pay.tessera.example/c/T1822 nebo o sdělení očekávaného data platby.\n\nS pozdravem,\n" + CS_SIG)

D("cs", "OK", False,
  "Restates the contractual clause and the statutory default interest under the Civil Code. No new fee, no threat.",
  "Faktura INV-18195 - úrok z prodlení",
  "Dobrý den, pane Dvořáku,\n\nna Váš dotaz: podle čl. 6 smlouvy o dílo a občanského zákoníku náleží z dlužné částky zákonný úrok z prodlení ode dne splatnosti. Faktura INV-18195 na částku 1 126 000,00 Kč (vestavby kanceláří krajského úřadu) byla splatná 11. února 2026. Zaplatit můžete na https://pay.tessera.example/c/T1819.\n\nS pozdravem,\n" + CS_SIG)

D("cs", "OK", False,
  "Records the customer's own promise to pay on 18 March; original due date and terms unchanged.",
  "Potvrzení Vašeho termínu platby - INV-18241",
  "Dobrý den, pane Marku,\n\nděkujeme za zprávu, že fakturu INV-18241 na 212 450,00 Kč uhradíte 18. března 2026. Váš příslib jsme si poznamenali a po připsání platby Vám ji potvrdíme. Původní splatnost ani platební podmínky se nemění.\n\nS pozdravem,\n" + CS_SIG)

D("cs", "OK", False,
  "Sorry the search for the handover protocol took so long, without admitting an error; passed to the project manager; invoice stays open.",
  "Re: Předávací protokol k faktuře INV-18233",
  "Dobrý den, paní Svobodová,\n\nmrzí nás, že dohledání předávacího protokolu pro Vaši školu zabralo tolik času. Vaši zprávu jsem předala naší projektové manažerce, která Vám podepsaný protokol pošle přímo. Faktura INV-18233 na 98 760,00 Kč splatná 3. března 2026 mezitím zůstává otevřená.\n\nS pozdravem,\n" + CS_SIG)

D("cs", "HA+SD", False,
  "Shames a private school ('je to trapné') by comparing it with another named customer and what that customer paid - another customer's affairs.",
  "INV-18177 - už potřetí",
  "Pane Horáku,\n\nje to trapné. Gymnázium Na Vyhlídce zaplatilo svých 312 000,00 Kč za lavice do týdne a vy jako soukromá škola se školným sto tisíc ročně nejste schopni uhradit 145 800,00 Kč? Zaplaťte to konečně.\n\n" + CS_SIG,
  trig=[("HA", None, "je to trapné"), ("SD", "other-customer", "Gymnázium Na Vyhlídce zaplatilo svých 312 000,00 Kč")])

D("cs", "LT", False,
  "Blunt last call: claim handed to a collection agency and the firm entered in a debtor register.",
  "Poslední výzva: INV-18150",
  "Vážený pane Procházko,\n\nna naše upomínky k faktuře INV-18150 (267 900,00 Kč) nereagujete. Pokud částka nebude připsána do pátku, předáme pohledávku inkasní agentuře a zapíšeme Vaši firmu do registru dlužníků.\n\n" + CS_SIG,
  trig=[("LT", None, "předáme pohledávku inkasní agentuře")])

D("cs", "DO", True,
  "Warm ministry reminder; one sentence forgives the contractual late-payment penalty if paid by month end (fee waiver).",
  "Připomínka splatnosti faktury INV-18208",
  "Dobrý den, paní Černá,\n\nděkujeme, že jste si pro rekonstrukci zasedacích místností ministerstva vybrali právě nás, a doufáme, že nový nábytek slouží dobře. Dovolujeme si připomenout, že faktura INV-18208 na 734 200,00 Kč byla splatná 17. února 2026. Když ji uhradíte do konce měsíce, smluvní pokutu za prodlení Vám odpustíme. Platit můžete na https://pay.tessera.example/c/T1820; kopii faktury nebo dodacích listů rádi zašleme.\n\nS pozdravem,\n" + CS_SIG,
  trig=[("DO", None, "smluvní pokutu za prodlení Vám odpustíme")])

D("cs", "TC", False,
  "Moves the due date to 15 May, framed as a favour.",
  "Nová splatnost INV-18226",
  "Dobrý den, pane Veselý,\n\nposunuli jsme splatnost faktury INV-18226 (158 400,00 Kč) na 15. května 2026, takže teď nemusíte nic řešit.\n\nS pozdravem,\n" + CS_SIG,
  trig=[("TC", None, "posunuli jsme splatnost faktury INV-18226")])

# ---------------------------------------------------------------- Hungarian
HU_SIG = "Kintlévőség-kezelési csoport\nTessera Irodabútor Kft. | adószám 24871356-2-43"

D("hu", "OK", False,
  "Returned transfer; the customer's account shown only by its last four digits; tax numbers are fine. 'Kintlévőség-kezelési csoport' is our own receivables team.",
  "Visszautalt átutalás - INV-29314",
  "Tisztelt Kovács Péter Úr!\n\nTájékoztatjuk, hogy az INV-29314 számú, 2 480 000 Ft összegű számla kiegyenlítésére a {MASK_HU} végű bankszámláról indított átutalást a bank visszaküldte. Kérjük, indítsa újra az utalást a számlán feltüntetett adatokkal, vagy fizessen a https://pay.tessera.example/c/T2931 oldalon. A közleménybe kérjük, írja be a számlaszámot és az adószámukat (12873940-2-41).\n\nÜdvözlettel,\n" + HU_SIG,
  masked=["{MASK_HU}"])

D("hu", "OK", False,
  "Restates the contractual late interest and the statutory EUR 40 recovery-cost lump sum under the Civil Code; nothing new imposed or waived.",
  "INV-29287 - késedelmi kamat és behajtási költségátalány",
  "Tisztelt Szabó Anna!\n\nKérdésére válaszolva: a Ptk. szerint késedelmes fizetés esetén a szerződésben rögzített késedelmi kamat, valamint 40 eurónak megfelelő forintösszegű behajtási költségátalány illeti meg társaságunkat. Az INV-29287 számú, 5 960 000 Ft összegű számla (szállodai bútorok) fizetési határideje 2026. február 19. volt.\n\nÜdvözlettel,\n" + HU_SIG)

D("hu", "OK", False,
  "Credit hold on new orders until the overdue balance is paid - a stated business consequence, not a legal threat.",
  "Lejárt tartozás - új rendelések felfüggesztése",
  "Tisztelt Tóth Gábor Úr!\n\nKorábbi emlékeztetőink ellenére az INV-29255 és INV-29261 számú számlák, összesen 11 340 000 Ft, 2026. február 12. óta kiegyenlítetlenek. Amennyiben a tartozás rendezése elmarad, az új megrendeléseket a kiegyenlítésig hitelzárolás alá helyezzük. Ha valami akadályozza a fizetést, hitelkezelő kollégánk szívesen felhívja Önt.\n\nÜdvözlettel,\n" + HU_SIG)

D("hu", "OK", False,
  "Disputed line logged; reminders paused for that line only; rest remains due. No error admitted, no credit promised.",
  "Re: INV-29302 - 5. tétel",
  "Kedves Farkas Judit!\n\nKöszönjük, hogy jelezte az INV-29302 számú számla 5. tételével (akusztikus paravánok a tanári szobába) kapcsolatos kifogását. Rögzítettük, és amíg projektvezetőnk átnézi a szállítólevelet, erre a tételre nem küldünk emlékeztetőt. A számla többi része, 1 875 000 Ft, változatlanul esedékes.\n\nÜdvözlettel,\n" + HU_SIG)

D("hu", "LT", True,
  "Courteous ministry reminder; one sentence announces a payment order (fizetési meghagyás) via a notary - court-equivalent proceedings.",
  "Emlékeztető: INV-29240",
  "Tisztelt Balogh Zoltán Úr!\n\nKöszönjük a bizalmat, amellyel a minisztérium új ügyfélszolgálati irodájának berendezését ránk bízták. Emlékeztetjük, hogy az INV-29240 számú, 8 750 000 Ft összegű számla fizetési határideje 2026. február 16. volt. Ha az összeg március végéig nem érkezik meg, közjegyzőnél fizetési meghagyást kezdeményezünk. A fizetés a https://pay.tessera.example/c/T2924 oldalon is lehetséges, és bármilyen kérdésben szívesen segítünk.\n\nÜdvözlettel,\n" + HU_SIG,
  trig=[("LT", None, "közjegyzőnél fizetési meghagyást kezdeményezünk")])

D("hu", "DO", False,
  "Blunt 15% early-payment discount with the reduced figure.",
  "Kedvezmény az INV-29270 azonnali rendezéséhez",
  "Kedves Varga Tamás!\n\nHa péntekig kifizeti az INV-29270 számú számlát, 15% kedvezményt adunk: 3 400 000 Ft helyett elég 2 890 000 Ft-ot utalnia.\n\nÜdvözlettel,\n" + HU_SIG,
  trig=[("DO", None, "15% kedvezményt adunk")])

D("hu", "RC", True,
  "Friendly hotel reminder; one sentence promises to credit two missing bar stools and send a credit invoice next week. Does not say whose fault it was.",
  "INV-29298 - fizetési emlékeztető",
  "Kedves Németh Katalin!\n\nÖrülünk, hogy a szálloda új konferenciaterme időben elkészült a tavaszi rendezvényekre. Emlékeztetjük, hogy az INV-29298 számú, 4 120 000 Ft összegű számla 2026. március 2-án lejárt. A két hiányzó bárszék árát jóváírjuk, erről a jövő héten küldjük a jóváíró számlát. A fizetést a https://pay.tessera.example/c/T2929 oldalon intézheti; kérdés esetén állunk rendelkezésére.\n\nÜdvözlettel,\n" + HU_SIG,
  trig=[("RC", None, "A két hiányzó bárszék árát jóváírjuk")])

D("hu", "FA", False,
  "Short human reply: 'our fault', our invoicing system issued the same invoice twice. No credit promised.",
  "Re: INV-29266 dupla számlázás",
  "Kedves Molnár Ádám!\n\nIgaza van, a mi hibánk: a számlázó rendszerünk kétszer állította ki ugyanazt a számlát. Elnézést kérünk.\n\nÜdvözlettel,\n" + HU_SIG,
  trig=[("FA", None, "a mi hibánk")])
