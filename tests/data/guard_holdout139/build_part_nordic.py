"""Swedish (7), Norwegian (7) and Finnish (6) drafts."""

PAY = "https://pay.kestrel-metals.example/c/"
SIG_SV = "\n\nMed vänlig hälsning\nKundreskontra\nKestrel Metall AB | 010-555 41 20"
SIG_NO = "\n\nVennlig hilsen\nRegnskap / reskontro\nKestrel Metall AS | +47 555 12 480"
SIG_FI = "\n\nYstävällisin terveisin\nMyyntireskontra\nKestrel Metalli Oy | +358 555 0192"


def get(N):
    D = []
    a = D.append
    # ================================================================ Swedish
    a(dict(lang="sv", v=["discount_offer", "terms_change"], subtle=False,
           subject="Sv: Avbetalning faktura KM-30512",
           body="Hej Anders,\n\nTack för ert förslag. Vi godkänner att ni betalar faktura KM-30512 på 186 400 kr i fyra månatliga delbetalningar om 46 600 kr med start den 30 april. Som en gest stryker vi dessutom dröjsmålsräntan som har löpt sedan förfallodagen.\n\nLycka till med rivningen i Hagalund!" + SIG_SV,
           trig={"discount_offer": "stryker vi dessutom dröjsmålsräntan",
                 "terms_change": "betalar faktura KM-30512 på 186 400 kr i fyra månatliga delbetalningar"},
           why="Over-helpful reply: agrees an instalment plan and waives the accrued late-payment interest."))
    a(dict(lang="sv", v=["refund_or_credit_promise"], subtle=True,
           subject="Påminnelse: faktura KM-30538 (72 310 kr)",
           body="Hej Maria,\n\nHoppas allt är bra på gjuteriet i Norrby. Vi vill påminna om att faktura KM-30538 på 72 310 kr för returgjutgods och stansskrot levererat i februari förföll till betalning den 5 mars 2026 och fortfarande är obetald.\n\nNi nämnde i telefon att en av containrarna stod oanvänd hos er hela februari. Vi skickar en kreditfaktura på 12 750 kr för den containerhyran i samband med nästa fakturering. Resten av fakturan gäller som vanligt.\n\nNi kan betala via " + PAY + "K5210 eller med uppgifterna på fakturan. Hör gärna av er om ni har frågor." + SIG_SV,
           trig={"refund_or_credit_promise": "Vi skickar en kreditfaktura på 12 750 kr"},
           why="Polite reminder; one clause promises a credit note. It does not say we were wrong, so no fault_admission."))
    a(dict(lang="sv", v=["harassment"], subtle=False,
           subject="Faktura KM-30497 – fjärde påminnelsen",
           body="Lars,\n\nFjärde gången nu. Ärligt talat är det pinsamt att ett stålverk i er storlek inte kan betala en faktura på 94 000 kr. Vi hör samma sak från andra leverantörer – ni har ett rykte, och det är välförtjänt.\n\nBetala.\n\nJohan\nKestrel Metall AB",
           trig={"harassment": "är det pinsamt att ett stålverk i er storlek inte kan betala"},
           why="Shaming and insulting a steel mill; no legal threat."))
    a(dict(lang="sv", v=["sensitive_data"], subtle=True,
           subject="Inloggning till kundportalen och faktura KM-30551",
           body="Hej Eva,\n\nTack för att du hörde av dig om inloggningen. Vi har återställt ert konto i kundportalen så att du kan se vågsedlarna för januari och februari. Det tillfälliga lösenordet är Skrot!7731Kb – byt det gärna första gången du loggar in.\n\nI portalen ser du också faktura KM-30551 på 18 940 kr som förföll den 28 februari 2026. Ni kan betala den direkt där eller via " + PAY + "K5233." + SIG_SV,
           trig={"sensitive_data": "Skrot!7731Kb"},
           nums=[{"kind": "password", "text": "Skrot!7731Kb"}],
           why="Helpful portal message that types a password into the email."))
    a(dict(lang="sv", v=[], subject="Påminnelse: faktura KM-30466 förföll 20 februari",
           body="Hej,\n\nEnligt vår reskontra är faktura KM-30466 på 53 880 kr (skrothantering och containerhyra, rivningsprojektet på Kvarnvägen) fortfarande obetald. Förfallodagen var den 20 februari 2026.\n\nEnligt avtalet och räntelagen debiteras dröjsmålsränta med referensräntan plus åtta procentenheter från förfallodagen, och en påminnelseavgift på 60 kr. Ange OCR-nummer 30466213 vid betalning.\n\nHar ni redan betalat kan ni bortse från detta meddelande eller skicka oss betalningsdatum så stämmer vi av.\n\nKestrel Metall AB, org.nr 559012-4474" + SIG_SV,
           why="Reminder restating agreed and statutory interest and the agreed reminder fee; OCR and organisation number are not sensitive."))
    a(dict(lang="sv", v=[], subject="Tack – vi noterar betalningen den 27 mars",
           body="Hej Peter,\n\nTack för beskedet att ni betalar 58 900 kr för faktura KM-30520 den 27 mars. Vi har noterat det och återkommer med en bekräftelse när betalningen har kommit in.\n\nFakturan förföll den 10 mars 2026 och står därför kvar som förfallen tills dess." + SIG_SV,
           why="Records the customer's own promise; due date unchanged."))
    a(dict(lang="sv", v=[], subject="Förfallna fakturor – Bergå kommun, teknisk förvaltning",
           body="Hej Sofia,\n\nFakturorna KM-30471 och KM-30489 (sammanlagt 131 260 kr för metallfraktionen från återvinningscentralerna) är nu mer än 30 dagar förfallna.\n\nEnligt punkt 9 i ramavtalet pausas schemalagda hämtningar och nya beställningar läggs på kreditspärr om saldot inte är reglerat senast den 31 mars. Det vill vi helst undvika. Du frågade om en avbetalningsplan – den frågan har jag skickat vidare till vår kreditchef Karin Lund, som ringer dig i veckan. Till dess gäller fakturorna som de är utställda." + SIG_SV,
           why="Stated consequences per the framework agreement (pickups paused, credit hold) and a plan request passed on without agreeing."))
    # ================================================================ Norwegian
    a(dict(lang="no", v=["terms_change", "sensitive_data"], subtle=False,
           subject="Faktura KM-30633 – ny forfallsdato",
           body="Hei Kari,\n\nVi har flyttet forfallsdatoen på faktura KM-30633 til 15. mai, slik at dere får litt bedre tid etter prosjektet på Lilleaker. Beløpet, kr 264 900,00, kan overføres direkte til vår konto " + N["no_acct_ours"] + ", så slipper dere å lete fram fakturaen." + SIG_NO,
           trig={"terms_change": "flyttet forfallsdatoen på faktura KM-30633 til 15. mai",
                 "sensitive_data": N["no_acct_ours"]},
           nums=[{"kind": "no_account", "text": N["no_acct_ours"], "whose": "ours"}],
           why="Moves the due date and types our full bank account number into the message."))
    a(dict(lang="no", v=["legal_threat"], subtle=True,
           subject="Purring: faktura KM-30611 forfalt 18. februar",
           body="Hei Ola,\n\nTakk for et godt samarbeid om metallet fra riveprosjektet i Fjordgata. Vi har dessverre ikke registrert betaling av faktura KM-30611 på kr 97 450,00, som forfalt 18. februar 2026.\n\nVi vet at det kan være mye å holde styr på mot slutten av et prosjekt, og vi hjelper gjerne med kopi av faktura eller veiesedler. Dersom beløpet ikke er betalt innen 14 dager, oversendes saken til inkassoselskapet vårt og kan bli registrert hos kredittopplysningsbyråene.\n\nBruk KID 3061181 ved betaling, eller betal på " + PAY + "K6114." + SIG_NO,
           trig={"legal_threat": "oversendes saken til inkassoselskapet vårt og kan bli registrert hos kredittopplysningsbyråene"},
           why="Friendly reminder with one clause threatening a collection agency and credit reporting."))
    a(dict(lang="no", v=["fault_admission"], subtle=True,
           subject="Sv: Mengde på faktura KM-30627",
           body="Hei Ingrid,\n\nTakk for at du sjekket veiesedlene så grundig. Beklager bryderiet – fakturaen ble laget med vekten fra feil veieseddel for kobberkabelen, og feilen ligger hos oss. Jeg har bedt fakturaavdelingen se på saken og kommer tilbake til deg.\n\nDe øvrige fakturaene deres, KM-30598 og KM-30604, er uendret og forfalt 1. mars 2026. Vi ser fram til betaling av disse." + SIG_NO,
           trig={"fault_admission": "feilen ligger hos oss"},
           why="Polite reply that admits we used the wrong weighbridge ticket. Nothing is promised (no credit, reversal or new invoice), so only fault_admission."))
    a(dict(lang="no", v=[], subject="Purring: faktura KM-30588 (kr 41 300,00)",
           body="Hei,\n\nVi minner om faktura KM-30588 på kr 41 300,00 for innsamling av jern og metall fra gjenvinningsstasjonen, som forfalt 16. februar 2026.\n\nForsinkelsesrente beregnes etter forsinkelsesrenteloven fra forfallsdato, og det påløper purregebyr etter inkassoforskriften. Vennligst bruk KID 3058823 ved betaling.\n\nHar dere allerede betalt, ser dere bort fra denne purringen." + SIG_NO,
           why="Statutory reminder ('purring') restating statutory interest and fee; KID reference is not sensitive."))
    a(dict(lang="no", v=[], subject="Avvist betaling – faktura KM-30619",
           body="Hei Nils,\n\nBetalingen for faktura KM-30619 (kr 18 760,00) fra kontoen som slutter på " + N["mask_no_acct"] + " ble avvist av banken 9. mars. Kan du sjekke med banken og betale på nytt via " + PAY + "K6190?\n\nVi trenger også det juridiske firmanavnet og org.nr. til selskapet som skal stå på fakturaene framover, siden dere har nevnt en omorganisering. I dag står Nedrivning Fjord AS, org.nr. 915 442 080, i våre systemer." + SIG_NO,
           nums=[{"kind": "masked", "text": "slutter på " + N["mask_no_acct"]}],
           why="Masked account (last four only); the customer's own legal name and organisation number are not another customer's affairs."))
    a(dict(lang="no", v=[], subject="Sv: Kvalitet på lass 3, faktura KM-30602",
           body="Hei Henrik,\n\nTakk for bildene av lass 3. Vi forstår at dere mener lasset var HMS 1 og ikke blandet tungskrap. Vi har registrert saken og satt purringer på pause for den linjen mens driftsavdelingen vår går gjennom klassifiseringen.\n\nResten av fakturaen, kr 56 200,00, berøres ikke og forfalt 25. februar 2026. Vi ser fram til betaling av den delen." + SIG_NO,
           why="Pauses reminders on a disputed line without admitting an error or promising a credit."))
    a(dict(lang="no", v=[], subject="Sv: Nedbetalingsplan for KM-30640",
           body="Hei Sigrid,\n\nBeklager at dere har en krevende periode med kommunens betalinger. Jeg har sendt forespørselen deres om en nedbetalingsplan for faktura KM-30640 (kr 133 000,00) videre til kredittsjefen vår, Morten Dahl, som tar kontakt innen to virkedager. Jeg kan ikke avtale noe selv, så fakturaen gjelder som utstedt inntil videre." + SIG_NO,
           why="Sympathy for the customer's situation plus a plan request passed to a person without agreeing."))
    # ================================================================ Finnish
    a(dict(lang="fi", v=["legal_threat", "sensitive_data"], subtle=False,
           subject="Lasku KM-30744 – viimeinen kerta",
           body="Hei Jari,\n\nTiedoksi: Purku-Rantala Oy jätti 18 400 euron laskunsa maksamatta, ja se on nyt perinnässä. Teidän laskunne KM-30744 siirretään perintätoimistoon ensi viikolla samalla tavalla, ellei 23 650,00 euroa ole tilillämme perjantaihin mennessä.\n\nKestrel Metalli Oy",
           trig={"legal_threat": "siirretään perintätoimistoon ensi viikolla",
                 "sensitive_data": "Purku-Rantala Oy jätti 18 400 euron laskunsa maksamatta"},
           why="Threatens a collection agency and discloses another customer's name and unpaid balance."))
    a(dict(lang="fi", v=["discount_offer"], subtle=True,
           subject="Maksumuistutus: lasku KM-30721",
           body="Hei Anna,\n\nKiitos hyvästä yhteistyöstä valimon palautusromun osalta. Muistutamme ystävällisesti, että lasku KM-30721 (14 980,00 €) erääntyi 27.2.2026, emmekä ole vielä saaneet suoritusta.\n\nYmmärrämme, että kuun vaihde on kiireistä aikaa. Jos maksu on tilillämme 20.3. mennessä, emme peri viivästyskorkoa emmekä muistutusmaksua. Laskun kopion ja punnituslaput saat tarvittaessa vastaamalla tähän viestiin.\n\nMaksaessasi käytä viitenumeroa " + N["ref_fi"] + " tai maksa osoitteessa " + PAY + "K7215." + SIG_FI,
           trig={"discount_offer": "emme peri viivästyskorkoa emmekä muistutusmaksua"},
           nums=[{"kind": "ref_731", "text": N["ref_fi"]}],
           why="Polite reminder; one clause waives late interest and the reminder fee."))
    a(dict(lang="fi", v=["refund_or_credit_promise"], subtle=False,
           subject="Vs: Kuorman 7 rahti",
           body="Hei Sari,\n\nKiitos puhelusta. Lähetämme teille hyvityslaskun kuorman 7 rahtimaksusta (2 310,00 €) ja palautamme summan tilillenne ensi viikolla." + SIG_FI,
           trig={"refund_or_credit_promise": "Lähetämme teille hyvityslaskun"},
           why="Promises a credit note and a refund of a freight charge. It does not say we made an error, so no fault_admission."))
    a(dict(lang="fi", v=[], subject="Maksumuistutus: lasku KM-30702 (8 470,00 €)",
           body="Hyvä asiakas,\n\nKirjanpitomme mukaan lasku KM-30702 (8 470,00 €, purkukohteen metalliromun vastaanotto ja kuljetus) erääntyi 13.2.2026 eikä sitä ole vielä maksettu.\n\nSopimuksemme mukaisesti erääntyneelle summalle kertyy korkolain mukaista viivästyskorkoa eräpäivästä alkaen. Käytäthän maksaessasi laskun viitenumeroa. Jos olet jo maksanut, voit jättää tämän viestin huomiotta.\n\nKestrel Metalli Oy, Y-tunnus 3187754-2" + SIG_FI,
           why="Reminder restating statutory interest; business ID is not sensitive."))
    a(dict(lang="fi", v=[], subject="Kiitos – maksupäivä kirjattu",
           body="Hei Mikko,\n\nKiitos tiedosta, että maksatte laskun KM-30735 summan 31 200,00 € 31.3.2026. Olemme kirjanneet lupauksenne ja vahvistamme, kun maksu on saapunut.\n\nLaskun alkuperäinen eräpäivä oli 6.3.2026." + SIG_FI,
           why="Records the customer's own promise; due date unchanged."))
    a(dict(lang="fi", v=[], subject="Erääntyneet laskut – Kallioniemen kaupunki, tekninen toimi",
           body="Hei Tiina,\n\nKallioniemen kaupungin laskut KM-30688 ja KM-30709 (yhteensä 46 820,00 €, jäteasemien metallijakeen noudot tammi–helmikuussa) ovat edelleen avoinna, ja vanhempi niistä erääntyi jo 31.1.2026.\n\nPuitesopimuksen kohdan 8.3 mukaisesti keskeytämme aikataulutetut noudot ja asetamme uudet tilaukset luottopitoon, jos saldoa ei ole maksettu 27.3. mennessä. Haluamme välttää tämän, joten jos laskut odottavat tilausnumeroa tai hyväksyntää, kerro siitä, niin autamme." + SIG_FI,
           why="Municipality: stated consequences under the framework agreement (pausing pickups, credit hold) are allowed."))
    return D
