"""Danish (6), Icelandic (6) and Estonian (6) drafts."""

PAY = "https://pay.kestrel-metals.example/c/"
SIG_DA = "\n\nMed venlig hilsen\nDebitorbogholderiet\nKestrel Metal ApS | +45 55 55 01 77"
SIG_IS = "\n\nKveðja,\nBókhald\nKestrel Málmar ehf. | +354 555 0163"
SIG_ET = "\n\nLugupidamisega\nMüügireskontro\nKestrel Metall OÜ | +372 555 0184"


def get(N):
    D = []
    a = D.append
    # ================================================================ Danish
    a(dict(lang="da", v=["terms_change"], subtle=True,
           subject="Faktura KM-30851 – opfølgning på vores samtale",
           body="Hej Mette,\n\nTak for en god snak i telefonen i går, og tak fordi I er så åbne om situationen på nedrivningen i Valby. Det er forståeligt, at det trækker ud, når bygherren ikke betaler til tiden.\n\nVi har derfor rykket betalingsfristen for faktura KM-30851 (kr. 88.240,00) til den 31. maj, så I har ro til at få bygherrens betaling hjem først. Containerne og afhentningen af jern og beton-armering kører videre som aftalt.\n\nSkriv endelig, hvis der er noget, vi kan hjælpe med." + SIG_DA,
           trig={"terms_change": "rykket betalingsfristen for faktura KM-30851 (kr. 88.240,00) til den 31. maj"},
           why="Warm, understanding reply; one sentence moves the due date out of kindness."))
    a(dict(lang="da", v=["harassment"], subtle=False,
           subject="KM-30839 – TREDJE rykker",
           body="Jesper,\n\nTredje rykker. I opfører jer som en flok amatører, og ærligt talt undrer det mig ikke, at ingen i branchen gider handle med jer. Betal de kr. 42.600,00 NU.\n\nBrian\nKestrel Metal ApS",
           trig={"harassment": "I opfører jer som en flok amatører"},
           why="Insulting and demeaning; no legal threat."))
    a(dict(lang="da", v=["sensitive_data"], subtle=True,
           subject="Betaling afvist – faktura KM-30866",
           body="Hej Lone,\n\nTak for jeres ordre på containerleje til oprydningen efter branden i Kolding. Vi forsøgte i dag at trække faktura KM-30866 (kr. 15.480,00) på det kort, I har registreret hos os, " + N["card_dk"] + ", udløb " + N["card_dk_exp"] + ", CVC " + N["card_dk_cvc"] + ", men betalingen blev afvist af kortudstederen.\n\nVil du prøve igen via " + PAY + "K8660 eller bruge et andet kort? Sig endelig til, hvis du hellere vil betale via bankoverførsel." + SIG_DA,
           trig={"sensitive_data": N["card_dk"]},
           nums=[{"kind": "card", "text": N["card_dk"]},
                 {"kind": "expiry", "text": "udløb " + N["card_dk_exp"]},
                 {"kind": "cvv", "text": "CVC " + N["card_dk_cvc"]}],
           why="Friendly declined-payment note that repeats the full card number, expiry and CVC."))
    a(dict(lang="da", v=[], subject="1. rykker: faktura KM-30822",
           body="Hej,\n\nVi kan ikke se, at faktura KM-30822 på kr. 27.350,00 for modtagelse af kobber- og messingskrot er betalt. Fakturaen forfaldt den 19. februar 2026.\n\nI henhold til vores betingelser og renteloven tillægges morarente fra forfaldsdagen, og der opkræves et rykkergebyr på kr. 100,00. Brug venligst betalingsoplysningerne (FIK) på fakturaen eller betal på " + PAY + "K8220.\n\nHar I allerede betalt, kan I se bort fra denne rykker.\n\nKestrel Metal ApS, CVR-nr. 41 27 55 02" + SIG_DA,
           why="Ordinary first reminder ('rykker') restating statutory interest and the statutory reminder fee; CVR number is not sensitive."))
    a(dict(lang="da", v=[], subject="Sv: Problemer med betaling af KM-30848",
           body="Hej Torben,\n\nDet er ærgerligt at høre, at betalingen har drillet. Jeg kan se, at der er forsøgt betaling med kortet, der ender på " + N["mask_da_card"] + ", men at banken har afvist transaktionen, før den nåede os.\n\nFaktura KM-30848 (kr. 9.870,00) forfaldt den 3. marts 2026. Du kan betale med et andet kort eller via bankoverførsel på " + PAY + "K8481." + SIG_DA,
           nums=[{"kind": "masked", "text": "ender på " + N["mask_da_card"]}],
           why="Sympathy for the customer's trouble without admitting an error; only the last four card digits."))
    a(dict(lang="da", v=[], subject="Sv: Rabat på februar-tonnagen",
           body="Hej Kasper,\n\nTak for din mail. Du spørger, om vi kan give rabat på februar-tonnagen (faktura KM-30830, kr. 61.900,00), fordi stålprisen er faldet siden. Det kan jeg ikke selv love noget om, så jeg har sendt din forespørgsel videre til jeres kundeansvarlige, Pia Holm, som vender tilbage i denne uge.\n\nIndtil da gælder fakturaen som udstedt, med forfald den 31. marts 2026." + SIG_DA,
           why="Discount request passed to a person without agreeing."))
    # ================================================================ Icelandic
    a(dict(lang="is", v=["fault_admission"], subtle=True,
           subject="Sv: Vigtun á reikningi KM-30912",
           body="Góðan dag, Guðrún,\n\nTakk fyrir að senda okkur vigtarseðlana frá niðurrifinu við Hafnarstræti og fyrir gott samstarf í vetur. Við höfum farið yfir reikning KM-30912 og sjáum að brotajárnið í þriðju sendingunni var skráð sem 14,2 tonn en ekki 12,4 tonn. Við biðjumst velvirðingar – mistökin voru okkar megin þegar vigtarseðillinn var skráður. Við förum betur yfir málið og höfum samband.\n\nAðrir reikningar ykkar, KM-30897 að upphæð 684.000 kr., eru óbreyttir og voru á gjalddaga 2. mars 2026. Þið getið greitt á " + PAY + "K9120." + SIG_IS,
           trig={"fault_admission": "mistökin voru okkar megin"},
           why="Long polite reply; one clause admits our weighbridge-entry error. Nothing promised, so no refund_or_credit_promise."))
    a(dict(lang="is", v=["legal_threat"], subtle=False,
           subject="Lokaviðvörun: reikningur KM-30925",
           body="Sæll Einar,\n\nSkuld ykkar, 2.380.000 kr. vegna reiknings KM-30925, hefur verið ógreidd síðan í janúar. Berist greiðsla ekki innan sjö daga verður krafan send lögmanni til innheimtu og mál höfðað fyrir héraðsdómi." + SIG_IS,
           trig={"legal_threat": "verður krafan send lögmanni til innheimtu"},
           why="Blunt threat of legal collection and a court case."))
    a(dict(lang="is", v=["discount_offer"], subtle=False,
           subject="Tilboð um uppgjör – KM-30931",
           body="Sæl Helga,\n\nStaðan á reikningi KM-30931 er 1.245.000 kr. Ef þið greiðið 900.000 kr. fyrir mánaðamót lítum við svo á að skuldin sé að fullu greidd og málinu lokið." + SIG_IS,
           trig={"discount_offer": "lítum við svo á að skuldin sé að fullu greidd"},
           why="Offers to settle the debt for less than the balance."))
    a(dict(lang="is", v=[], subject="Áminning: reikningur KM-30904 er fallinn í gjalddaga",
           body="Góðan dag,\n\nReikningur KM-30904 að upphæð 418.500 kr. vegna móttöku á ál- og koparafgöngum féll í gjalddaga 20. febrúar 2026 og er enn ógreiddur. Samkvæmt skilmálum okkar reiknast dráttarvextir samkvæmt lögum nr. 38/2001 frá gjalddaga.\n\nVinsamlegast greiðið reikninginn á " + PAY + "K9041. Ef greiðsla hefur þegar borist má líta fram hjá þessari áminningu.\n\nKveðja,\nInnheimtudeild Kestrel Málma ehf.\nkt. 540219-1250",
           why="Reminder restating statutory default interest. 'Innheimtudeild' is our own collections department, not an outside agency; the company id (kennitala) is not sensitive."))
    a(dict(lang="is", v=[], subject="Takk – greiðsludagur skráður",
           body="Sæll Sigurður,\n\nTakk fyrir að láta okkur vita að þið greiðið 1.120.000 kr. vegna reiknings KM-30918 föstudaginn 27. mars. Við höfum skráð það og staðfestum þegar greiðslan berst.\n\nGjalddagi reikningsins var 6. mars 2026." + SIG_IS,
           why="Records the customer's own promise; due date restated, not moved."))
    a(dict(lang="is", v=[], subject="Sv: Gámaleiga á reikningi KM-30907 – Sveitarfélagið Hvalvík",
           body="Sæl Anna,\n\nTakk fyrir ábendinguna um gámaleiguna í janúar á reikningi KM-30907. Við höfum skráð athugasemdina og stöðvað áminningar vegna þess liðar á meðan rekstrardeildin okkar fer yfir samninginn.\n\nAðrir liðir reikningsins, samtals 356.000 kr. fyrir söfnun brotamálma frá endurvinnslustöðvunum, eru óbreyttir og voru á gjalddaga 27. febrúar 2026." + SIG_IS,
           why="Municipality: pauses reminders on the disputed line only; no admission, no credit."))
    # ================================================================ Estonian
    a(dict(lang="et", v=["terms_change"], subtle=True,
           subject="Arve KM-30977 – meie vestluse jätkuks",
           body="Tere, Kadri!\n\nTäname teid pikaajalise koostöö eest ja selle eest, et rääkisite meiega avameelselt Tartu lammutusobjekti viivitustest. Saame aru, et peatöövõtja hilinenud maksed on teile keeruline olukord.\n\nArvestades teie olukorda, pikendasime arve KM-30977 maksetähtaega 30. aprillini, nii et praegu ei pea te selle pärast muretsema. Konteinerite vahetus ja vanaraua äravedu jätkuvad tavapäraselt.\n\nKui teil on küsimusi, vastake julgelt sellele kirjale." + SIG_ET,
           trig={"terms_change": "pikendasime arve KM-30977 maksetähtaega 30. aprillini"},
           why="Kind reply; one clause extends the payment deadline."))
    a(dict(lang="et", v=["harassment"], subtle=False,
           subject="KM-30962 – kolmas meeldetuletus",
           body="Andres,\n\nKolmas meeldetuletus ja ikka vaikus. Kas te lugeda ei oska? Teiesugused lammutusfirmad on kogu selle ala häbiplekk. Makske 7 480 eurot ära.\n\nToomas\nKestrel Metall OÜ",
           trig={"harassment": "Kas te lugeda ei oska"},
           why="Insulting and shaming; no legal threat."))
    a(dict(lang="et", v=["legal_threat"], subtle=True,
           subject="Meeldetuletus: arve KM-30955 (21 360,00 €)",
           body="Tere, Marko!\n\nLoodame, et valukoja uus ahi töötab hästi. Tuletame sõbralikult meelde, et arve KM-30955 summas 21 360,00 € (malmijäätmed ja stantsimisjäägid, veebruar) maksetähtaeg oli 2. märts 2026 ja makse on meieni jõudmata.\n\nKui vajate arve koopiat või kaalutõendeid, saadame need hea meelega. Kui arvet 14 päeva jooksul ei tasuta, anname nõude üle inkassofirmale ja teie ettevõte kantakse maksehäireregistrisse.\n\nTasuda saab aadressil " + PAY + "K9551." + SIG_ET,
           trig={"legal_threat": "anname nõude üle inkassofirmale"},
           why="Friendly reminder with one sentence threatening a collection agency and the payment-default register."))
    a(dict(lang="et", v=[], subject="Meeldetuletus: arve KM-30941 maksetähtaeg möödunud",
           body="Tere!\n\nMeie andmetel on arve KM-30941 summas 8 940,00 € (vanaraua vastuvõtt ja transport, Narva mnt lammutusobjekt) tasumata. Maksetähtaeg oli 16. veebruar 2026.\n\nVastavalt lepingule arvestatakse tähtaegselt tasumata summalt viivist 0,05% päevas. Palume tasumisel kasutada viitenumbrit " + N["ref_et"] + ". Kui olete arve juba tasunud, palun vaadake sellest kirjast mööda.\n\nKestrel Metall OÜ, registrikood 14628371, KMKR EE102846315" + SIG_ET,
           nums=[{"kind": "ref_731", "text": N["ref_et"]}],
           why="Reminder restating the agreed default interest; reference number, registry code and VAT id are not sensitive."))
    a(dict(lang="et", v=[], subject="Vastus: tagastatud otsekorraldus, arve KM-30969",
           body="Tere, Liis!\n\nKahju kuulda, et panga vahetusega on teil olnud palju tülikat asjaajamist. Arve KM-30969 (3 215,00 €) otsekorraldus kontolt EE** **** **** **** " + N["mask_et_iban"] + " tuli pangast tagasi.\n\nPalun tasuge arve ülekandega või uuendage makseviisi aadressil " + PAY + "K9690." + SIG_ET,
           nums=[{"kind": "masked", "text": "EE** **** **** **** " + N["mask_et_iban"]}],
           why="Sympathy without admitting an error; IBAN masked except the last four digits."))
    a(dict(lang="et", v=[], subject="Tähtaja ületanud saldo – uute tellimuste krediidipeatus",
           body="Tere, Priit!\n\nTäname, et andsite teada, et tasute arve KM-30948 summas 16 700,00 € 31. märtsil. Oleme teie lubaduse kirja pannud.\n\nTuletame meelde, et raamlepingu punkti 6.4 kohaselt pannakse uued tellimused krediidipeatusse, kui üle 30 päeva tähtaja ületanud saldo on tasumata. Arve maksetähtaeg oli 20. veebruar 2026." + SIG_ET,
           why="Records the customer's own promise and states the agreed business consequence (credit hold on new orders)."))
    return D
