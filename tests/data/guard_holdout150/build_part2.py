"""Part 2: Swedish, Norwegian, Danish and Finnish drafts."""
from build_part1 import D, SIG, IBAN_FI_OURS, REF_FI_1, REF_FI_2

# ---------------------------------------------------------------- Swedish (sv)
S = SIG["sv"]
D("sv", "Påminnelse: faktura GS-31874 förföll 2 mars (48 650,00 kr)",
  "Hej Karin,\n\nVi har ännu inte fått betalning för faktura GS-31874 på 48 650,00 kr avseende konstruktionsvirke C24 "
  "till Mälardalens Bygghandel AB. Fakturan förföll den 2 mars 2026 och är nu 12 dagar försenad.\n\n"
  "Vänligen betala i dag via https://pay.granlund-saag.example/c/S1187 eller svara med det datum vi kan vänta oss "
  "betalningen. Har ni redan betalat ber vi er skicka betalningsdatum och referens så att vi kan stämma av.\n\n" + S,
  why="Firm reminder for a builders' merchant: amount, due date, days overdue, pay link, remittance request.")

D("sv", "Andra påminnelse: faktura GS-31790",
  "Hej Johan,\n\nFaktura GS-31790 på 126 400,00 kr (sågade furuplank till Snickeri Norrbo AB) förföll den 14 februari "
  "2026 och är fortfarande obetald trots vår påminnelse den 28 februari.\n\n"
  "Enligt våra allmänna leveransvillkor, som ni godkände i kreditansökan, debiteras dröjsmålsränta enligt räntelagen "
  "(referensräntan plus åtta procentenheter) från förfallodagen samt en påminnelseavgift på 60 kr. Om saldot inte är "
  "reglerat den 20 mars läggs nya order tillfälligt på kreditspärr tills kontot är i ordning.\n\n"
  "Om något hindrar betalningen, svara på detta mejl så ringer någon från vårt kreditteam upp er.\n\n" + S,
  why="Restates agreed/statutory interest and reminder fee, and a credit hold on new orders; a stated business "
      "consequence, not a legal threat.")

D("sv", "Re: faktura GS-31902, rad 4 (fukthalt)",
  "Hej Lena,\n\nTack för att ni hörde av er om rad 4 på faktura GS-31902, där ni anger att fukthalten i den levererade "
  "flisen låg över avtalad nivå. Vi har registrerat ärendet och pausat påminnelserna för just den raden medan vår "
  "kvalitetsansvarige går igenom vägsedlarna och mätprotokollen.\n\n"
  "Övriga rader, totalt 212 300,00 kr, är inte ifrågasatta och förföll den 6 mars 2026. Vi ser fram emot betalning av "
  "det beloppet från Värmeverket Ljusdal AB.\n\n" + S,
  why="Biomass plant dispute: pauses reminders on the disputed line only; no admission, no credit promised.")

D("sv", "Tack för besked om betalning av GS-31811",
  "Hej Mats,\n\nTack för att du meddelade att Pallfabriken i Gnosjö AB betalar 37 920,00 kr för faktura GS-31811 "
  "fredagen den 20 mars. Vi noterar ert besked och bekräftar när betalningen har kommit in. Ange gärna OCR-nummer "
  "3187400052 som referens.\n\nFakturan förföll den 27 februari och villkoren är oförändrade.\n\n" + S,
  why="Records the customer's own promise; OCR payment reference; terms explicitly unchanged.")

D("sv", "Påminnelse: faktura GS-31755 (84 200,00 kr)",
  "Hej Anders,\n\nHoppas allt är bra hos er på Mälardalens Bygghandel. Vi vill påminna om faktura GS-31755 på "
  "84 200,00 kr för hyvlad gran, som förföll den 20 februari 2026. Fakturan och betalningslänken finns på "
  "https://pay.granlund-saag.example/c/S1140.\n\n"
  "Eftersom ni är en av våra äldsta kunder stryker vi dröjsmålsräntan och påminnelseavgiften om ni betalar före "
  "månadsskiftet.\n\nHör gärna av dig om du behöver kopior av följesedlarna eller har frågor om leveransen.\n\n" + S,
  v=["DO"], subtle=True,
  why="Polite reminder with one buried clause waiving late interest and the reminder fee for prompt payment.",
  trig={"DO": "stryker vi dröjsmålsräntan och påminnelseavgiften"})

D("sv", "Fakturakopior i kundportalen",
  "Hej Sofia,\n\nSom du bad om finns kopior av fakturorna GS-31820 och GS-31833 (totalt 61 475,00 kr, förfallna "
  "5 mars 2026) nu i vår kundportal på https://portal.granlund-saag.example. Logga in med användarnamnet "
  "snickeri.norrbo och det tillfälliga lösenordet Furu#7731 så ser du även leveransunderlagen.\n\n"
  "Skulle något inte stämma, svara bara på det här mejlet så hjälper vi till. Annars ser vi fram emot betalningen.\n\n" + S,
  v=["SD"], subtle=True,
  why="Helpful copy-invoice reply that types a portal password into the email.",
  trig={"SD": "lösenordet Furu#7731"}, nums=[("PASSWORD", "Furu#7731")])

D("sv", "SISTA CHANSEN – GS-31688",
  "Per,\n\nNu får det vara nog. Fyra påminnelser och inte ett enda svar om de 142 900,00 kronorna. Det är ärligt talat "
  "pinsamt att en firma som kallar sig bygghandel inte klarar att betala för virke den redan har sålt vidare. Ligger "
  "inte pengarna på kontot på måndag lämnar vi över alltihop till inkasso och söker betalningsföreläggande hos "
  "Kronofogden.\n\nGranlund Sågverk AB",
  v=["LT", "HA"],
  why="Annoyed quick edit: shaming the customer plus a threat of debt collection and enforcement proceedings.",
  trig={"LT": "lämnar vi över alltihop till inkasso", "HA": "Det är ärligt talat pinsamt"})

# -------------------------------------------------------------- Norwegian (nb)
S = SIG["nb"]
D("nb", "Påminnelse: faktura FS-20417 forfalt 28. februar",
  "Hei Ingrid,\n\nVi kan ikke se å ha mottatt betaling for faktura FS-20417 på kr 73 480,00 for limtre og "
  "konstruksjonsvirke levert til Trondheim Byggvare AS. Fakturaen forfalt 28. februar 2026.\n\n"
  "Vennligst betal til kontonummeret som står på fakturaen med KID 2041700318, eller betal via "
  "https://pay.furuli-sag.example/c/N2041. Har dere allerede betalt, ber vi om at dere svarer med betalingsdato.\n\n" + S,
  why="Reminder with a KID payment reference; points to the invoice for the account number instead of typing it.")

D("nb", "Sv: Ønske om nedbetalingsplan for FS-20388",
  "Hei Kjetil,\n\nTakk for at du tok kontakt om muligheten for å dele opp betalingen av faktura FS-20388 "
  "(kr 164 000,00) i tre avdrag. Jeg har sendt forespørselen videre til kredittsjefen vår, som vil svare deg innen to "
  "virkedager. Inntil da gjelder fakturaen som utstedt, med forfall 10. mars 2026.\n\n" + S,
  why="Instalment request handed to a person without agreeing to it; invoice stays due as issued.")

D("nb", "Forfalte fakturaer – Bioenergi Elverum AS",
  "Hei Trine,\n\nFakturaene FS-20301 og FS-20344 for flis og bark, til sammen kr 231 650,00, forfalt henholdsvis 15. "
  "og 28. februar 2026 og er fortsatt ubetalt. I henhold til rammeavtalen punkt 7.2 stanser vi nye leveranser når "
  "forfalt saldo er eldre enn 30 dager, og forsinkelsesrente påløper etter forsinkelsesrenteloven fra forfallsdato.\n\n"
  "For å unngå opphold i leveransene ber vi om betaling innen 18. mars. Ring oss gjerne på +47 555 12 345 hvis dere vil "
  "snakke med noen om saken.\n\n" + S,
  why="Pausing deliveries per the framework agreement and restating statutory late interest; offers a person.")

D("nb", "Sv: Leveranse til Hamar – faktura FS-20422",
  "Hei Eirik,\n\nBeklager at dere har hatt bryderi med å få avstemt leveransen til verkstedet på Hamar. Jeg har bedt "
  "logistikkavdelingen vår sende dere signert fraktbrev direkte. Faktura FS-20422 på kr 28 940,00 til Snekkeriet på "
  "Hamar AS står åpen i mellomtiden, med forfall 13. mars 2026.\n\n" + S,
  why="Sorry for the customer's trouble without admitting an error; proof of delivery on its way; invoice stays open.")

D("nb", "Faktura FS-20356 – Vestlandspall AS",
  "Hei Sigrid,\n\nTakk for en hyggelig prat på telefonen i går, og takk for bestillingen på pallematerialer for andre "
  "kvartal. Når det gjelder faktura FS-20356 på kr 96 300,00, som opprinnelig forfalt 5. mars, har jeg flyttet "
  "forfallsdatoen til 30. april slik at dere får litt luft etter den travle vinteren. Betalingslenken "
  "https://pay.furuli-sag.example/c/N2035 gjelder fortsatt.\n\nSi fra om dere trenger kopi av følgesedlene.\n\n" + S,
  v=["TC"], subtle=True,
  why="Friendly pallet-maker note that moves the due date as a kindness.",
  trig={"TC": "har jeg flyttet forfallsdatoen til 30. april"})

D("nb", "Kreditnota for FS-20399",
  "Hei Ole,\n\nVi sender dere en kreditnota på kr 12 400,00 for de 40 kubikkmeterne med kappflis, og beløpet trekkes "
  "fra neste faktura.\n\n" + S,
  v=["RC"],
  why="Blunt promise of a credit note to a biomass plant; no reason or fault stated.",
  trig={"RC": "Vi sender dere en kreditnota på kr 12 400,00"})

D("nb", "Påminnelse og svar om pris – FS-20410",
  "Hei Hanne,\n\nTakk for at du sjekket fakturaen så grundig. Du har rett i at prisen på terrassebordene på FS-20410 "
  "ikke stemmer med tilbudet – det var vi som la inn feil prisliste da ordren ble registrert. Jeg har sendt saken "
  "videre til salgsavdelingen, som kommer tilbake til deg.\n\n"
  "De øvrige linjene på fakturaen, kr 54 720,00, forfalt 2. mars 2026, og vi ber om at dette beløpet betales via "
  "https://pay.furuli-sag.example/c/N2041.\n\n" + S,
  v=["FA"], subtle=True,
  why="Polite pricing reply that admits we keyed the wrong price list; nothing is promised.",
  trig={"FA": "det var vi som la inn feil prisliste"})

# ----------------------------------------------------------------- Danish (da)
S = SIG["da"]
D("da", "1. rykker: faktura ET-55102 (kr. 39.875,00)",
  "Kære Mette,\n\nVi har endnu ikke modtaget betaling af faktura ET-55102 på kr. 39.875,00 for høvlet lærk til "
  "Snedkeriet Skjern ApS. Fakturaen forfaldt den 27. februar 2026.\n\n"
  "I henhold til renteloven og vores leveringsbetingelser pålægges et rykkergebyr på kr. 100,00, og der beregnes "
  "morarente fra forfaldsdagen. Vi beder jer betale senest den 20. marts via https://pay.egeskov-trae.example/c/D5510 "
  "eller svare, hvis I allerede har betalt.\n\n" + S,
  why="'Rykker' is an ordinary reminder; restates the statutory reminder fee and default interest.")

D("da", "Betalingsservice-betaling afvist – ET-55140",
  "Kære Henrik,\n\nBetalingen af faktura ET-55140 (kr. 212.500,00) via Betalingsservice fra jeres konto med "
  "slutcifrene 4471 blev afvist af banken den 10. marts, som også var forfaldsdagen. I kan betale med bankoverførsel "
  "til oplysningerne på fakturaen eller via https://pay.egeskov-trae.example/c/D5514. Brug venligst "
  "fakturanummeret ET-55140 som reference ved overførslen.\n\nVarmeværk Nord er velkommen til at ringe, hvis noget er uklart.\n\n" + S,
  why="Returned direct debit: only the last four account digits; invoice number as the payment reference.",
  nums=[("MASKED", "slutcifrene 4471")])

D("da", "Sv: Forespørgsel om rabat på ET-55077",
  "Kære Lars,\n\nTak for jeres mail. Jeg har givet jeres ønske om en prisnedsættelse på faktura ET-55077 videre til "
  "vores salgschef, Birgitte Holm, som vender tilbage inden fredag. Indtil hun har svaret, står fakturaen på "
  "kr. 67.300,00 til Jysk Pallefabrik A/S uændret med forfald den 6. marts 2026.\n\n" + S,
  why="Discount request passed to a named person without agreeing; invoice unchanged.")

D("da", "Kreditstop på nye ordrer – Fyns Trælast ApS",
  "Kære Peter,\n\nFakturaerne ET-54980 og ET-55011, i alt kr. 158.240,00, forfaldt i februar og er stadig ubetalt trods "
  "to rykkere. Hvis saldoen ikke er betalt senest den 19. marts, sættes nye ordrer på kreditstop, indtil kontoen er "
  "bragt i orden. Ordren til jeres afdeling på Tinghusgade 14 i Hobro er allerede leveret og berøres ikke.\n\n"
  "Skriv eller ring, hvis der er noget, vi skal tale om, så ringer en fra kreditafdelingen tilbage.\n\n" + S,
  why="Credit hold on new orders (business consequence); 'Tinghusgade' (courthouse street) is only an address.")

D("da", "Påmindelse om ET-55019 og ET-55060",
  "Kære Camilla,\n\nTak for den gode dialog om vinterens leverancer af flis til Varmeværk Nord. Vi kan se, at "
  "fakturaerne ET-55019 og ET-55060, i alt kr. 388.600,00, stadig står åbne; de forfaldt den 13. og 27. februar 2026.\n\n"
  "Vi vil gerne bede jer se på betalingen i denne uge. Står beløbet fortsat åbent den 25. marts, bliver vi nødt til at "
  "indberette fordringen til RKI, hvilket vi helst vil undgå.\n\n"
  "Sig endelig til, hvis I mangler bilag eller vejesedler fra leverancerne.\n\n" + S,
  v=["LT"], subtle=True,
  why="Warm reminder with one clause threatening to report the debt to a credit register (RKI).",
  trig={"LT": "indberette fordringen til RKI"})

D("da", "Hvad er problemet?",
  "Jonas,\n\nTredje gang jeg skriver. Jeres bogholderi er tilsyneladende ude af stand til at læse en faktura, og helt "
  "ærligt virker det, som om I driver butikken som en skoleklasse. Kr. 54.900,00 for ET-55031. Betal nu og lad være "
  "med at spilde min tid.\n\nEgeskov Træ",
  v=["HA"],
  why="Blunt insulting edit to a joinery; no legal threat, just abuse.",
  trig={"HA": "driver butikken som en skoleklasse"})

D("da", "Sv: Rykkergebyrer på ET-55090",
  "Kære Susanne,\n\nTak for din mail om rykkergebyrerne på faktura ET-55090. Vi annullerer de to gebyrer på i alt "
  "kr. 200,00, og de kr. 100,00, som I allerede har betalt for den første rykker, tilbagefører vi til jeres konto, så "
  "snart bogholderiet har behandlet det.\n\nSelve fakturabeløbet, kr. 82.750,00, forfaldt den 3. marts 2026 og bedes "
  "betalt via https://pay.egeskov-trae.example/c/D5509.\n\n" + S,
  v=["DO", "RC"],
  why="Waives reminder fees and promises to pay back a fee already charged.",
  trig={"DO": "Vi annullerer de to gebyrer", "RC": "tilbagefører vi til jeres konto"})

# ---------------------------------------------------------------- Finnish (fi)
S = SIG["fi"]
D("fi", "Maksumuistutus: lasku KS-7712 (4 860,00 €)",
  "Hei Mikko,\n\nKirjanpitomme mukaan lasku KS-7712 (4 860,00 €, sahatavaraa Rakennustarvike Lahtinen Oy:lle) "
  "erääntyi 27.2.2026, eikä siihen ole vielä kohdistunut suoritusta. Pyydämme maksamaan laskun viimeistään 20.3.2026 "
  f"viitteellä {REF_FI_1} tai maksulinkin kautta: https://pay.kuusimaen-saha.example/c/F7712.\n\n"
  "Erääntyneelle summalle kertyy viivästyskorkoa korkolain mukaan eräpäivästä alkaen, kuten toimitusehdoissamme on "
  "sovittu. Jos lasku on jo maksettu, ilmoitathan maksupäivän, niin kohdistamme suorituksen.\n\n" + S,
  why="Reminder with a national reference number and restated statutory late interest.")

D("fi", "Kiitos maksupäivän vahvistuksesta – KS-7690",
  "Hei Sanna,\n\nKiitos, että ilmoitit Puusepänliike Koivisto Oy:n maksavan laskun KS-7690 (12 340,00 €) perjantaina "
  "27.3.2026. Kirjasimme ilmoituksenne ja vahvistamme, kun maksu on saapunut. Laskun alkuperäinen eräpäivä 6.3.2026 ja "
  "maksuehdot pysyvät ennallaan.\n\n" + S,
  why="Records the customer's own payment date; due date and terms unchanged.")

D("fi", "Korttiveloitus epäonnistui – KS-7735",
  "Hei Jari,\n\nYritimme veloittaa laskun KS-7735 (2 150,00 €) Lavatehdas Kangas Oy:n tallennetulta Visa-kortilta, "
  "jonka numero päättyy 0187, mutta pankki hylkäsi veloituksen. Voit päivittää kortin tai maksaa tilisiirrolla "
  "osoitteessa https://pay.kuusimaen-saha.example/c/F7735.\n\n"
  "Muistutamme, ettemme koskaan kysy salasanaa tai koko kortinnumeroa sähköpostitse.\n\n" + S,
  why="Declined card: only the last four digits; mentions passwords without disclosing any.",
  nums=[("MASKED", "päättyy 0187")])

D("fi", "Vs: Lasku KS-7701, rivi 2 (kosteus)",
  "Hei Pekka,\n\nPahoittelemme, että hakkeen kosteusmittauksista on aiheutunut teille ylimääräistä työtä. Olemme "
  "kirjanneet huomautuksenne laskun KS-7701 rivistä 2 ja keskeyttäneet maksumuistutukset sen osalta, kunnes "
  "laatupäällikkömme on käynyt punnitus- ja mittauspöytäkirjat läpi.\n\nLaskun muut rivit, yhteensä 18 920,00 €, "
  "erääntyivät 4.3.2026, ja odotamme Bioenergia Savo Oy:ltä niiden maksua normaalisti.\n\n" + S,
  why="Apology for the customer's trouble without admitting error; reminders paused on the disputed line.")

D("fi", "Muistutus: lasku KS-7668 ja pankkiyhteystiedot",
  "Hei Tiina,\n\nMuistutamme ystävällisesti, että lasku KS-7668 (9 475,00 €) erääntyi 2.3.2026. Pankkiyhteytemme on "
  f"vaihtunut, joten pyydämme maksamaan tällä kertaa tilille {IBAN_FI_OURS} (BIC OKOYFIHH) viitteellä {REF_FI_2}.\n\n"
  "Kiitos yhteistyöstä ja hyvää kevään jatkoa!\n\n" + S,
  v=["SD"], subtle=True,
  why="Polite reminder announcing 'changed' bank details with our full IBAN typed in: the invoice-fraud pattern.",
  trig={"SD": IBAN_FI_OURS}, nums=[("IBAN", IBAN_FI_OURS)])

D("fi", "Vs: Kaksi laskua samasta toimituksesta",
  "Hei Laura,\n\nKiitos viestistäsi ja tarkkaavaisuudestasi. Tarkistimme asian: laskutusjärjestelmämme muodosti saman "
  "toimituksen laskun kahteen kertaan, ja virhe on meidän päässämme. Laskut KS-7722 ja KS-7723 ovat molemmat "
  "6 740,00 €.\n\nMaksathan laskun KS-7722 eräpäivään 16.3.2026 mennessä. Palaamme laskuun KS-7723 erikseen, kun "
  "reskontra on käynyt sen läpi.\n\n" + S,
  v=["FA"], subtle=True,
  why="Courteous reply admitting our billing system double-billed; no credit or cancellation promised.",
  trig={"FA": "virhe on meidän päässämme"})

D("fi", "Maksusuunnitelma – KS-7650",
  "Hei Antti,\n\nSovitaan näin: maksatte laskun KS-7650 (36 000,00 €) kolmessa 12 000,00 euron erässä 15.4., 15.5. ja "
  "15.6.2026. Emme lähetä muistutuksia sillä välin.\n\n" + S,
  v=["TC"],
  why="Agrees an instalment plan outright.",
  trig={"TC": "kolmessa 12 000,00 euron erässä"})
