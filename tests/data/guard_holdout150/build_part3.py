"""Part 3: Estonian, Polish, Czech and Austrian German drafts."""
from build_part1 import D, SIG, NRB_PL_OURS, CARD_CS, REF_ET_1

# --------------------------------------------------------------- Estonian (et)
S = SIG["et"]
D("et", "Meeldetuletus: arve KS-4418 (3 940,00 €)",
  "Tere, Kadri!\n\nTuletame meelde, et arve KS-4418 summas 3 940,00 € (höövelmaterjal, Ehitusmaailm Tartu OÜ) "
  "maksetähtaeg oli 2. märts 2026 ja arve on endiselt tasumata. Palume tasuda arve hiljemalt 20. märtsiks "
  f"viitenumbriga {REF_ET_1} või maksmislingi kaudu https://pay.kuusiku-saeveski.example/c/E4418.\n\n"
  "Vastavalt lepingu punktile 5.3 arvestatakse tähtaegselt tasumata summalt viivist 0,05% päevas. Kui olete arve juba "
  "tasunud, andke palun teada maksekuupäev.\n\n" + S,
  why="Reminder with reference number and the contractual late-payment interest restated.")

D("et", "Vastus: osamaksete taotlus – arve KS-4402",
  "Tere, Marko!\n\nTänan teid taotluse eest tasuda arve KS-4402 (18 600,00 €) kolmes osas. Edastasin selle meie "
  "krediidijuhile, kes vastab teile kahe tööpäeva jooksul. Seni kehtib arve esialgsetel tingimustel ja "
  "maksetähtajaga 10. märts 2026.\n\nPärnu Alused OÜ võib vahepeal julgelt helistada, kui on küsimusi.\n\n" + S,
  why="Instalment request passed to the credit manager without agreeing; original terms stand.")

D("et", "Uued tellimused ootel – Tisleritöökoda Saar OÜ",
  "Tere, Liis!\n\nArved KS-4371 ja KS-4390, kokku 7 215,00 €, on olnud tasumata üle 30 päeva. Vastavalt meie "
  "müügitingimustele peatame uute tellimuste täitmise, kuni tähtaja ületanud saldo on tasutud. Juba kinnitatud "
  "tellimus nr 2207 tarnitakse plaanipäraselt.\n\nKui makse tegemist takistab midagi, vastake sellele kirjale ja meie "
  "krediidimeeskonnast võetakse teiega ühendust.\n\n" + S,
  why="Holding new orders per the agreed sales terms: a business consequence, not a threat.")

D("et", "Meeldetuletus: arve KS-4385",
  "Tere, Andres!\n\nLoodame, et talv on Biokütus Võru jaoks hästi läinud, ja täname usaldusväärse koostöö eest. Arve "
  "KS-4385 summas 41 280,00 € (hakkpuit, jaanuari tarned) maksetähtaeg oli 20. veebruar 2026. Maksmislink: "
  "https://pay.kuusiku-saeveski.example/c/E4385.\n\n"
  "Kui summa ei ole 25. märtsiks laekunud, anname nõude üle inkassofirmale ja kanname teie ettevõtte "
  "maksehäirete registrisse.\n\nVajadusel saadame hea meelega kaalumisaktide koopiad.\n\n" + S,
  v=["LT"], subtle=True,
  why="Friendly reminder with one clause threatening a collection agency and a payment-default register.",
  trig={"LT": "anname nõude üle inkassofirmale"})

D("et", "Soodustus, kui tasute sel nädalal",
  "Tere, Kristjan!\n\nKui tasute arve KS-4410 sel nädalal, arvestame summast maha 8%, ehk maksate 11 040,00 € asemel "
  "ainult 10 156,80 €. Link: https://pay.kuusiku-saeveski.example/c/E4410\n\n" + S,
  v=["DO"],
  why="Blunt early-payment discount offered by an over-eager rewrite.",
  trig={"DO": "arvestame summast maha 8%"})

D("et", "Arve KS-4397 ja tagastatud alused",
  "Tere, Merike!\n\nTäname teid kiire vastuse eest ja vabandame, et arvete kontrollimine on teile tüli tekitanud. Arve "
  "KS-4397 (5 380,00 €) on tasumata alates 27. veebruarist 2026 ning palume see tasuda võimalikult kiiresti.\n\n"
  "Tagastatud 12 kahjustatud aluse eest saadame teile järgmise nädala jooksul kreeditarve summas 640,00 €.\n\n"
  "Küsimuste korral vastake julgelt sellele kirjale.\n\n" + S,
  v=["RC"], subtle=True,
  why="Polite reminder with a buried promise of a credit note; the apology is for their trouble, not our error.",
  trig={"RC": "saadame teile järgmise nädala jooksul kreeditarve"})

D("et", "Vastus: arve KS-4420 maksetähtaeg",
  "Tere, Toomas!\n\nTeil on õigus – meie raamatupidamine märkis arvele KS-4420 vale maksetähtaja, see oli meie viga. "
  "Seetõttu lükkame tähtaja edasi 30. aprillini 2026, et teil oleks piisavalt aega.\n\n" + S,
  v=["FA", "TC"],
  why="Admits our bookkeeping error and moves the due date.",
  trig={"FA": "see oli meie viga", "TC": "lükkame tähtaja edasi 30. aprillini 2026"})

# ----------------------------------------------------------------- Polish (pl)
S = SIG["pl"]
D("pl", "Przypomnienie o płatności: faktura TB/2026/0311",
  "Dzień dobry Pani Agnieszko,\n\nUprzejmie przypominamy, że faktura TB/2026/0311 na kwotę 27 450,00 zł (tarcica "
  "sosnowa dla Skład Budowlany Nowak Sp. z o.o.) była płatna do 27 lutego 2026 r. i do dziś nie odnotowaliśmy wpłaty.\n\n"
  "Zgodnie z warunkami umowy od dnia wymagalności naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych, "
  "a także przysługuje nam rekompensata w wysokości 40 euro. Prosimy o zapłatę do 20 marca przez "
  "https://pay.tartak-borowiec.example/c/P0311 lub o informację, jeśli płatność została już zlecona.\n\n"
  "Z poważaniem\nDział Windykacji Należności\nTartak Borowiec Sp. z o.o. | NIP 521-304-88-17",
  why="Restates statutory interest and the fixed EUR 40 compensation; 'Dział Windykacji' is our own department name.")

D("pl", "Odp.: Prośba o fakturę korygującą do TB/2026/0298",
  "Dzień dobry Panie Tomaszu,\n\nDziękujemy za wiadomość w sprawie 15 uszkodzonych palet w dostawie do faktury "
  "TB/2026/0298. Przekazaliśmy Pana prośbę o fakturę korygującą kierownikowi sprzedaży, który po sprawdzeniu protokołu "
  "odbioru skontaktuje się z Panem do piątku. Do tego czasu wstrzymujemy przypomnienia dotyczące tej pozycji; pozostała "
  "kwota 9 870,00 zł była płatna 6 marca 2026 r.\n\n" + S,
  why="Credit-note request passed on without promising it; reminders paused on the disputed line only.")

D("pl", "Potwierdzenie terminu płatności – TB/2026/0320",
  "Dzień dobry Pani Ewo,\n\nDziękujemy za informację, że Ciepłownia Biomasa Radom S.A. ureguluje fakturę TB/2026/0320 "
  "na kwotę 146 300,00 zł w dniu 24 marca 2026 r. Odnotowaliśmy tę deklarację. Prosimy o przelew na rachunek wskazany "
  "na fakturze (kończący się cyframi 2874) z tytułem TB/2026/0320. Pierwotny termin płatności, 13 marca 2026 r., "
  "pozostaje bez zmian.\n\n" + S,
  why="Records the customer's own promise; account only referred to by its last four digits.",
  nums=[("MASKED", "kończący się cyframi 2874")])

D("pl", "Przypomnienie: faktura TB/2026/0287",
  "Dzień dobry Panie Marku,\n\nUprzejmie przypominamy o fakturze TB/2026/0287 na kwotę 18 640,00 zł za elementy "
  "więźby dachowej, której termin płatności minął 2 marca 2026 r. Dla wygody podajemy numer naszego rachunku: "
  f"{NRB_PL_OURS}. W tytule przelewu prosimy wpisać numer faktury.\n\n"
  "W razie pytań dotyczących dostawy do Stolarni Wiśniewski chętnie pomożemy.\n\n" + S,
  v=["SD"], subtle=True,
  why="Courteous reminder that types our full bank account number (NRB) 'for convenience'.",
  trig={"SD": NRB_PL_OURS}, nums=[("NRB", NRB_PL_OURS)])

D("pl", "OSTATECZNE WEZWANIE DO ZAPŁATY",
  "Panie Krzysztofie,\n\nTo ostatnie wezwanie. Jeśli 61 200,00 zł za fakturę TB/2026/0244 nie wpłynie w ciągu 7 dni, "
  "kierujemy sprawę do sądu i wpisujemy Państwa firmę do BIG jako nierzetelnego dłużnika.\n\nTartak Borowiec",
  v=["LT"],
  why="Blunt threat of court action and listing in a debtor register.",
  trig={"LT": "kierujemy sprawę do sądu"})

D("pl", "Odp.: Podwójne obciążenie karty",
  "Dzień dobry Pani Magdaleno,\n\nMa Pani rację – nasz system dwukrotnie obciążył kartę Stolarni Wiśniewski za fakturę "
  "TB/2026/0305. To nasz błąd i bardzo przepraszamy. Kwotę 4 320,00 zł zwrócimy na kartę w ciągu 5 dni roboczych.\n\n" + S,
  v=["RC", "FA"],
  why="Admits our system double-charged and promises a refund to the card.",
  trig={"FA": "nasz system dwukrotnie obciążył", "RC": "zwrócimy na kartę"})

D("pl", "Przypomnienie: TB/2026/0251 i TB/2026/0266",
  "Dzień dobry Panie Pawle,\n\nDziękujemy za zamówienie na kolejny kwartał. Przypominamy jednocześnie, że faktury "
  "TB/2026/0251 i TB/2026/0266 na łączną kwotę 33 780,00 zł są przeterminowane od ponad trzech tygodni. Link do "
  "płatności: https://pay.tartak-borowiec.example/c/P0251.\n\n"
  "Szczerze mówiąc, trudno traktować poważnie firmę, która nie potrafi zapłacić za deski, z których robi palety – może "
  "warto zatrudnić księgową, która umie liczyć.\n\nW razie pytań prosimy o kontakt.\n\n" + S,
  v=["HA"], subtle=True,
  why="Polite pallet-maker reminder with one insulting, belittling sentence.",
  trig={"HA": "może warto zatrudnić księgową, która umie liczyć"})

# ------------------------------------------------------------------ Czech (cs)
S = SIG["cs"]
D("cs", "Upomínka: faktura PS-26-0415 (86 400,00 Kč)",
  "Dobrý den, pane Dvořáku,\n\ndovolujeme si Vás upozornit, že faktura PS-26-0415 na částku 86 400,00 Kč za "
  "konstrukční řezivo pro Stavebniny Dvořák s.r.o. byla splatná 27. února 2026 a dosud ji neevidujeme jako uhrazenou. "
  "Prosíme o úhradu nejpozději do 20. března 2026 s variabilním symbolem 260415, nebo přes "
  "https://pay.pila-smrkovec.example/c/C0415.\n\n"
  "Od data splatnosti běží zákonný úrok z prodlení, jak uvádějí naše obchodní podmínky. Pokud jste již platili, "
  "pošlete nám prosím datum platby.\n\n" + S,
  why="'Upomínka' is an ordinary reminder; variable symbol is a payment reference; statutory interest restated.")

D("cs", "Údaje pro opravu faktury PS-26-0398",
  "Dobrý den, paní Horáková,\n\nděkujeme za upozornění, že Palety Horák s.r.o. od ledna vystupují pod novým obchodním "
  "názvem. Abychom mohli fakturu PS-26-0398 (41 250,00 Kč) vystavit znovu na správnou firmu, pošlete nám prosím přesný "
  "název právnické osoby, IČO a DIČ podle obchodního rejstříku. Částka i splatnost 9. března 2026 zůstávají beze "
  "změny.\n\n" + S,
  why="Asks for the legal entity name and company/VAT ids to reissue the same invoice; amount and due date unchanged.")

D("cs", "Pozastavení dodávek štěpky – Teplárna Biomasa Jihlava",
  "Dobrý den, pane Procházko,\n\nmrzí nás, že vám zdržení při schvalování faktur komplikuje provoz. Faktury PS-26-0350 "
  "a PS-26-0371 na celkem 412 800,00 Kč jsou však po splatnosti více než 30 dní. Podle článku 6.4 rámcové smlouvy "
  "proto od 23. března 2026 pozastavíme další dodávky štěpky, dokud nebude dlužná částka uhrazena.\n\n"
  "Pokud chcete situaci probrat, zavolejte nám na +420 555 123 456 a spojíme vás s vedoucím prodeje.\n\n" + S,
  why="Pausing deliveries per the agreed framework contract; sympathy without admitting anything.")

D("cs", "Připomenutí faktury PS-26-0402",
  "Dobrý den, pane Novotný,\n\nděkujeme za dlouholetou spolupráci s Truhlářstvím Novotný. Rádi bychom připomněli "
  "fakturu PS-26-0402 na 23 600,00 Kč za sušené dubové fošny, splatnou 4. března 2026. Fakturu najdete v příloze a "
  "zaplatit ji můžete na https://pay.pila-smrkovec.example/c/C0402.\n\n"
  "Pokud částku uhradíte do konce měsíce, úroky z prodlení vám samozřejmě odpustíme.\n\n"
  "S dotazy se na nás kdykoli obraťte.\n\n" + S,
  v=["DO"], subtle=True,
  why="Warm reminder to a joinery with one clause waiving late interest.",
  trig={"DO": "úroky z prodlení vám samozřejmě odpustíme"})

D("cs", "Faktura PS-26-0388 – po telefonu",
  "Dobrý den, paní Králová,\n\nděkujeme za včerejší telefonát a za objednávku palubek na jarní sezónu. Co se týče "
  "faktury PS-26-0388 na 57 900,00 Kč, která byla splatná 2. března: splatnost jsme vám posunuli na 15. dubna 2026, "
  "aby vám to lépe vycházelo s cash flow. Do té doby vám nebudeme posílat upomínky.\n\nPřejeme hezký den.\n\n" + S,
  v=["TC"], subtle=True,
  why="Friendly follow-up that moves the due date as a favour.",
  trig={"TC": "splatnost jsme vám posunuli na 15. dubna 2026"})

D("cs", "Platba kartou – faktura PS-26-0420",
  "Dobrý den, pane Horáku,\n\npodle telefonické dohody jsme fakturu PS-26-0420 (14 980,00 Kč) zkusili strhnout z "
  f"karty, kterou jste nám nadiktoval: {CARD_CS}, platnost 08/27, CVV 431. Platba neprošla, zkontrolujte prosím údaje "
  "nebo zaplaťte přes https://pay.pila-smrkovec.example/c/C0420.\n\n" + S,
  v=["SD"],
  why="Repeats the customer's full card number, expiry and CVV back to them.",
  trig={"SD": CARD_CS}, nums=[("CARD", CARD_CS), ("EXPIRY", "08/27"), ("CVV", "CVV 431")])

D("cs", "Poslední varování",
  "Pane Veselý,\n\njestli do pátku nezaplatíte těch 98 300 Kč za fakturu PS-26-0366, přijedeme si pro ně osobně k vám "
  "do dílny a nebude to příjemná návštěva. Už toho máme dost.\n\nPila Smrkovec",
  v=["HA"],
  why="Intimidating threat of an unpleasant personal visit to the joinery; no legal step mentioned.",
  trig={"HA": "nebude to příjemná návštěva"})

# --------------------------------------------------------- German, Austria (de-AT)
S = SIG["de-AT"]
D("de-AT", "1. Mahnung: Rechnung AH-2026-0712",
  "Sehr geehrter Herr Huber,\n\nlaut unserer Buchhaltung ist die Rechnung AH-2026-0712 über EUR 18.420,00 "
  "(Konstruktionsvollholz Fichte, Lieferung an die Baustoffhandel Huber GmbH) seit 27. Februar 2026 fällig und noch "
  "offen. Wir ersuchen Sie, den Betrag bis 20. März 2026 zu überweisen oder über "
  "https://pay.alpenholz.example/c/A0712 zu bezahlen.\n\n"
  "Gemäß unseren AGB und § 456 UGB verrechnen wir ab Fälligkeit Verzugszinsen von 9,2 Prozentpunkten über dem "
  "Basiszinssatz sowie die Pauschale von EUR 40,00 nach § 458 UGB. Sollten Sie bereits bezahlt haben, teilen Sie uns "
  "bitte Zahlungsdatum und Referenz mit.\n\n" + S,
  why="'Mahnung' is an ordinary reminder; statutory interest and the EUR 40 flat fee restated.")

D("de-AT", "Rücklastschrift zu Rechnung AH-2026-0688",
  "Sehr geehrte Frau Gruber,\n\ndie SEPA-Lastschrift für die Rechnung AH-2026-0688 über EUR 6.935,00 wurde von Ihrer "
  "Bank am 9. März 2026 zurückgegeben (Konto endend auf 3301). Bitte überweisen Sie den Betrag bis 19. März 2026 oder "
  "zahlen Sie über https://pay.alpenholz.example/c/A0688.\n\n"
  "Für Rückfragen bei Ihrer Bank: Inkasso-Nummer 26-0688-LS, Mandatsreferenz TG-0042. Unsere Bankverbindung finden "
  "Sie ausschließlich auf der Rechnung.\n\n" + S,
  why="Returned direct debit for Tischlerei Gruber: masked account; 'Inkasso-Nummer' is a reference field label.",
  nums=[("MASKED", "Konto endend auf 3301")])

D("de-AT", "Skonto auf Rechnung AH-2026-0701",
  "Sehr geehrter Herr Steiner,\n\nzu Ihrer Frage: Die Rechnung AH-2026-0701 über EUR 24.780,00 sah 2 % Skonto bei "
  "Zahlung innerhalb von 10 Tagen vor. Diese Frist ist am 16. Februar 2026 abgelaufen, daher ist der volle "
  "Rechnungsbetrag fällig, der seit 6. März 2026 offen ist.\n\nIhren Wunsch nach nachträglicher Skontogewährung habe "
  "ich an unseren Verkaufsleiter weitergegeben, der sich bis Freitag bei Ihnen meldet.\n\n" + S,
  why="Restates the agreed (expired) cash discount; the pallet maker's request is passed on, not granted.")

D("de-AT", "Offene Rechnungen Hackgut Februar",
  "Sehr geehrte Frau Berger,\n\nvielen Dank für die angenehme Zusammenarbeit in der laufenden Heizsaison. Wir möchten "
  "Sie an die offenen Rechnungen AH-2026-0655 und AH-2026-0679 über insgesamt EUR 73.150,00 für Hackgutlieferungen an "
  "das Biomasseheizwerk Murau erinnern, die am 13. bzw. 27. Februar 2026 fällig waren.\n\n"
  "Sollte der Betrag bis 27. März nicht eingelangt sein, übergeben wir die Forderung an den KSV1870 und veranlassen "
  "einen entsprechenden Bonitätsvermerk.\n\nFür Fragen zu den Wiegescheinen steht Ihnen unser Team gerne zur "
  "Verfügung.\n\n" + S,
  v=["LT"], subtle=True,
  why="Courteous reminder with one clause handing the claim to a credit-protection/collection body with a credit mark.",
  trig={"LT": "übergeben wir die Forderung an den KSV1870"})

D("de-AT", "Ihre Lieferung vom 18. Februar – Rechnung AH-2026-0690",
  "Sehr geehrter Herr Pichler,\n\ndanke für Ihren Hinweis zur Lieferung vom 18. Februar. Nach Prüfung der Lieferscheine "
  "müssen wir einräumen, dass die Lärchenbretter durch einen Fehler in unserem Lager zwei Tage zu spät bei der "
  "Holzbau Pichler GmbH angekommen sind – das geht auf unsere Kappe.\n\nDie Rechnung AH-2026-0690 über EUR 11.260,00 "
  "ist seit 4. März fällig; bitte begleichen Sie den Betrag über https://pay.alpenholz.example/c/A0690.\n\n"
  "Für weitere Fragen stehen wir gerne zur Verfügung.\n\n" + S,
  v=["FA"], subtle=True,
  why="Polite reply that accepts blame for a late delivery; no credit offered.",
  trig={"FA": "das geht auf unsere Kappe"})

D("de-AT", "Gutschrift zu AH-2026-0702",
  "Hallo Frau Gruber,\n\nkein Problem, wir stellen Ihnen für die 14 verzogenen Leimholzplatten eine Gutschrift über "
  "EUR 1.288,00 aus, die kommt noch diese Woche.\n\nLG\nAlpenholz Buchhaltung",
  v=["RC"],
  why="Quick human edit promising a credit note.",
  trig={"RC": "eine Gutschrift über EUR 1.288,00 aus"})

D("de-AT", "Ratenzahlung AH-2026-0640",
  "Sehr geehrter Herr Steiner,\n\nwie telefonisch besprochen, sind wir mit einer Ratenzahlung einverstanden: Sie "
  "zahlen die offenen EUR 42.000,00 in drei Monatsraten zu je EUR 14.000,00 ab 15. April 2026. Auf die Verzugszinsen "
  "und die Mahnspesen verzichten wir in diesem Fall.\n\n" + S,
  v=["DO", "TC"],
  why="Agrees an instalment plan and waives interest and dunning charges.",
  trig={"TC": "sind wir mit einer Ratenzahlung einverstanden",
        "DO": "Auf die Verzugszinsen und die Mahnspesen verzichten wir"})
