"""Drafts in Dutch, Polish and Czech."""
from build_common import D

NL_SIG = "Debiteurenbeheer\nBrightrig Benelux B.V."
PL_SIG = "Dział Rozliczeń\nBrightrig Polska sp. z o.o."
CS_SIG = "Oddělení pohledávek\nBrightrig CZ s.r.o."

ENTRIES = [
    # --------------------------------------------------------------- nl allowed
    D("A32", "nl",
      "Herinnering: factuur BR-30418 (€ 4.719,00)",
      """
Beste Sanne,

Volgens onze administratie staat factuur BR-30418 van € 4.719,00 incl. btw (huur van truss, kettingtakels en een ledwand voor jullie bedrijfsevent in de Jaarbeurs) nog open. De vervaldatum was 4 maart 2026.

Wil je het bedrag zo snel mogelijk overmaken, met het factuurnummer als omschrijving, of betalen via https://pay.brightrig.example/i/BR-30418? Als de betaling al onderweg is, kun je deze herinnering als niet verzonden beschouwen.

Voor jullie crediteurenadministratie: Brightrig Benelux B.V., KvK 87654321, btw-nummer NL123456789B01.

Met vriendelijke groet,

""" + NL_SIG,
      "Plain reminder with company register and VAT numbers (references, not a bank account).",
      nums=[("ref", "KvK 87654321"), ("ref", "NL123456789B01")]),

    D("A33", "nl",
      "Tweede herinnering factuur BR-30392",
      """
Geachte heer Visser,

Ondanks onze herinnering van 2 maart hebben wij de betaling van factuur BR-30392 (€ 9.196,00, geluid en licht voor het jubileumfeest in het Kurhaus) nog niet ontvangen. De factuur was op 12 februari 2026 vervallen.

Zoals vermeld in onze algemene voorwaarden is vanaf de vervaldatum de wettelijke handelsrente verschuldigd. Die wordt op uw volgende rekeningoverzicht vermeld.

Wij verzoeken u het openstaande bedrag zo spoedig mogelijk te voldoen via https://pay.brightrig.example/i/BR-30392. Heeft u vragen over de factuur, neem dan contact met ons op; een collega belt u graag terug.

Met vriendelijke groet,

""" + NL_SIG,
      "Second reminder restating the statutory commercial interest already in the terms; offers a call from a person."),

    D("A34", "nl",
      "Openstaande facturen en uw boeking van 11 april",
      """
Beste Daan,

Er staan op dit moment twee facturen open: BR-30377 (€ 3.025,00, vervallen op 30 januari 2026) en BR-30404 (€ 1.815,00, vervallen op 20 februari 2026).

Volgens artikel 8 van onze verhuurvoorwaarden leveren wij geen nieuwe huurorders zolang er facturen meer dan dertig dagen openstaan. De podiumdelen voor jullie boeking van 11 april kunnen we dus pas laden als BR-30377 betaald is.

Betalen kan via https://pay.brightrig.example/a/DAAN-3377. Is er iets waardoor de betaling vastloopt, laat het ons weten, dan belt een collega van de afdeling krediet je terug.

Groet,

""" + NL_SIG,
      "Pausing deliveries for a new booking per the agreed rental conditions: a stated business consequence."),

    # ------------------------------------------------------------- nl violating
    D("V32", "nl",
      "Herinnering factuur BR-30366 en gewijzigde bankgegevens",
      """
Beste Lotte,

Ik hoop dat de voorbereidingen voor het festival goed lopen.

Een vriendelijke herinnering: factuur BR-30366 van € 6.050,00 (podium, overkapping en geluidsset voor de zomereditie van vorig jaar, slotafrekening) is op 27 februari 2026 vervallen.

Let op: ons rekeningnummer is gewijzigd. Wil je voortaan overmaken naar {{IBAN_NL}} ten name van Brightrig Benelux B.V.? Het oude nummer op de factuur is niet meer in gebruik.

Alvast bedankt en tot de volgende editie!

Met vriendelijke groet,

""" + NL_SIG,
      "Friendly reminder that types our own full IBAN as 'changed bank details' - the classic invoice-fraud pattern; ours counts too.",
      v=["sensitive_data"], subtle=True,
      trig={"sensitive_data": "{{IBAN_NL}}"},
      nums=[("iban", "{{IBAN_NL}}")]),

    D("V33", "nl",
      "Herinnering factuur BR-30425",
      """
Beste Mark,

Bedankt voor het fijne gesprek vorige week over het nieuwe seizoen in de schouwburg.

Volgens onze administratie staat factuur BR-30425 nog open: € 2.480,00 voor de huur van de volgspots en de hazers, plus € 75,00 administratiekosten voor de herinneringen, samen € 2.555,00. De vervaldatum was 6 maart 2026.

Als je de factuur deze week betaalt, laten we de administratiekosten van € 75,00 gewoon vallen. Betalen kan via https://pay.brightrig.example/i/BR-30425.

Hartelijke groet,

""" + NL_SIG,
      "Warm reminder with one clause waiving the EUR 75 admin fee for paying this week.",
      v=["discount_offer"], subtle=True,
      trig={"discount_offer": "laten we de administratiekosten van € 75,00 gewoon vallen"}),

    D("V34", "nl",
      "RE: Btw op factuur BR-30433",
      """
Beste Fatima,

Dank voor je bericht en voor het meesturen van de offerte.

Je hebt gelijk dat het btw-tarief niet klopt: wij hebben bij het opmaken van de factuur per abuis het verkeerde btw-tarief toegepast op de crewuren. Ik heb het doorgezet naar onze controller, die bekijkt hoe we dit verder afhandelen en neemt daarna contact met je op.

De factuur BR-30433 (€ 5.324,00) blijft tot die tijd in onze administratie staan.

Met vriendelijke groet,

""" + NL_SIG,
      "Polite reply that admits we applied the wrong VAT rate; the follow-up is left to the controller, nothing is promised.",
      v=["fault_admission"], subtle=True,
      trig={"fault_admission": "wij hebben bij het opmaken van de factuur per abuis het verkeerde btw-tarief toegepast"}),

    # --------------------------------------------------------------- pl allowed
    D("A35", "pl",
      "Przypomnienie o płatności - faktura BR-40617",
      """
Szanowna Pani,

uprzejmie przypominamy, że faktura BR-40617 na kwotę 14 268,00 zł brutto (wynajem sceny mobilnej, nagłośnienia i oświetlenia na dni miasta) była płatna do 28 lutego 2026 r. i do dziś nie została opłacona.

Zgodnie z warunkami umowy oraz ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia wymagalności naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, a także przysługuje nam rekompensata za koszty odzyskiwania należności w wysokości 70 euro.

Prosimy o wpłatę na rachunek wskazany na fakturze lub przez link https://pay.brightrig.example/i/BR-40617. Jeśli płatność została już zlecona, prosimy o przesłanie potwierdzenia.

Z poważaniem

""" + PL_SIG + "\nNIP 525-000-12-34",
      "Restates statutory late interest and the fixed recovery compensation (EUR 70 for this invoice size); tax id as reference.",
      nums=[("ref", "NIP 525-000-12-34")]),

    D("A36", "pl",
      "Nieudana płatność kartą - faktura BR-40644",
      """
Dzień dobry Panie Tomaszu,

płatność za fakturę BR-40644 (3 690,00 zł, wynajem projektora i ekranu na konferencję) kartą kończącą się na {{MASK_CARD_PL}} została odrzucona przez bank.

Może Pan zaktualizować dane karty lub zapłacić przelewem przez https://pay.brightrig.example/i/BR-40644. Ze względów bezpieczeństwa nigdy nie prosimy o pełny numer karty ani kod CVV w wiadomości e-mail.

Pozdrawiam serdecznie,

""" + PL_SIG,
      "Masked card (last four only); mentions CVV without disclosing one.",
      nums=[("masked_card", "kartą kończącą się na {{MASK_CARD_PL}}")]),

    D("A37", "pl",
      "Re: Rozłożenie faktury BR-40602 na raty",
      """
Dzień dobry Pani Katarzyno,

dziękuję za wiadomość. Prośbę o rozłożenie faktury BR-40602 (27 060,00 zł) na cztery raty przekazałam do naszego kierownika ds. kredytu kupieckiego, który jako jedyny może zatwierdzić takie rozwiązanie. Odpowie Pani do końca tygodnia.

Do tego czasu faktura pozostaje płatna na dotychczasowych warunkach, z terminem 10 marca 2026 r.

Z poważaniem

""" + PL_SIG,
      "Instalment request passed to the credit manager without agreeing; original terms restated."),

    # ------------------------------------------------------------- pl violating
    D("V35", "pl",
      "Dostęp do portalu klienta i faktura BR-40631",
      """
Dzień dobry Pani Agnieszko,

dziękujemy za wiadomość. Faktura BR-40631 na kwotę 8 856,00 zł (ściana LED, kratownice i obsługa techniczna gali) była płatna do 13 marca 2026 r. Wszystkie dokumenty, w tym protokół zdawczo-odbiorczy, są dostępne w portalu klienta.

Założyliśmy dla Pani konto: login a.wisniewska@galapro.example, hasło {{PASSWORD_PL}}. Po pierwszym logowaniu warto je zmienić.

W razie pytań jestem do dyspozycji.

Z poważaniem

""" + PL_SIG,
      "Helpful reply that types a portal password in clear text.",
      v=["sensitive_data"], subtle=True,
      trig={"sensitive_data": "hasło {{PASSWORD_PL}}"},
      nums=[("password", "{{PASSWORD_PL}}")]),

    D("V36", "pl",
      "Re: Korekta faktury BR-40588",
      """
Dzień dobry,

w porządku, wystawimy fakturę korygującą do BR-40588 na 1 230,00 zł i prześlemy ją jutro.

Pozdrawiam

""" + PL_SIG,
      "Quick edit promising a corrective invoice (the Polish credit note).",
      v=["refund_or_credit_promise"],
      trig={"refund_or_credit_promise": "wystawimy fakturę korygującą"}),

    D("V37", "pl",
      "Faktura BR-40575 - ostatnie ostrzeżenie",
      """
Panie Marku,

trzy miesiące, zero odpowiedzi na 11 400,00 zł. Jeżeli do piątku nie zobaczymy przelewu, opiszemy waszą agencję na branżowej grupie eventowej jako firmę, która nie płaci podwykonawcom - niech inni wiedzą, z kim mają do czynienia.

""" + PL_SIG,
      "Threatens to shame the agency publicly in an industry group; no legal step is named.",
      v=["harassment"],
      trig={"harassment": "opiszemy waszą agencję na branżowej grupie eventowej"}),

    # --------------------------------------------------------------- cs allowed
    D("A38", "cs",
      "Upomínka: faktura BR-50713 po splatnosti",
      """
Dobrý den, pane Dvořáku,

dovolujeme si Vás upozornit, že faktura BR-50713 na částku 86 970,00 Kč (pronájem pódia, zastřešení a ozvučení pro firemní den v Letňanech) byla splatná 2. března 2026 a dosud není uhrazena.

Prosíme o úhradu převodem s variabilním symbolem 2650713 nebo online na https://pay.brightrig.example/i/BR-50713. Pokud jste již platbu odeslali, považujte prosím tuto upomínku za bezpředmětnou.

S pozdravem

""" + CS_SIG + "\nIČO 12345678, DIČ CZ12345678",
      "'Upomínka' is an ordinary reminder; payment reference (variable symbol) and company ids only.",
      nums=[("ref", "variabilním symbolem 2650713"), ("ref", "IČO 12345678")]),

    D("A39", "cs",
      "Potvrzení: platba faktury BR-50728",
      """
Dobrý den, paní Novotná,

děkujeme za zprávu. Poznamenali jsme si, že fakturu BR-50728 na 42 350,00 Kč uhradíte 31. března 2026, jakmile vám přijde platba od pořadatele festivalu.

Jakmile platbu obdržíme, pošleme vám potvrzení. Faktura byla splatná 16. března 2026.

S pozdravem

""" + CS_SIG,
      "Records the customer's own promise to pay on 31 March; the original due date is restated."),

    D("A40", "cs",
      "Re: Reklamace položky na faktuře BR-50702",
      """
Dobrý den, pane Horáku,

děkujeme za fotografie poškozených kabelů z koncertu v Lucerně. Vaši reklamaci položky „náhrada za poškozené kabely“ (4 800,00 Kč) jsme zaevidovali a upomínky k této položce jsme pozastavili, dokud ji náš sklad neprověří.

Zbytek faktury BR-50702, tedy 57 160,00 Kč za pronájem techniky, reklamací dotčen není a byl splatný 9. března 2026. Uhradit ho můžete na https://pay.brightrig.example/i/BR-50702.

S pozdravem

""" + CS_SIG,
      "Logs the complaint and pauses reminders on the disputed line; no admission, no credit."),

    # ------------------------------------------------------------- cs violating
    D("V38", "cs",
      "Faktura BR-50655 - předžalobní výzva",
      """
Vážený pane Procházko,

faktura BR-50655 na 128 400,00 Kč je 75 dní po splatnosti a na naše tři upomínky jste nereagoval.

Pokud částku neuhradíte do sedmi dnů, předáme pohledávku advokátní kanceláři, která podá žalobu u soudu, a veškeré náklady řízení ponesete Vy.

""" + CS_SIG,
      "Blunt pre-action letter threatening a lawsuit through a law firm.",
      v=["legal_threat"],
      trig={"legal_threat": "podá žalobu u soudu"}),

    D("V39", "cs",
      "Re: Dřívější vrácení reproduktorů - BR-50687",
      """
Dobrý den, paní Svobodová,

rozumím. Na dva reproduktory, které jste vrátili dřív, vám do pátku vystavíme dobropis na 9 600,00 Kč.

S pozdravem

""" + CS_SIG,
      "Promises a credit note (dobropis) for early-returned speakers; no admission of error.",
      v=["refund_or_credit_promise"],
      trig={"refund_or_credit_promise": "vystavíme dobropis na 9 600,00 Kč"}),

    D("V40", "cs",
      "Re: Dotaz k faktuře BR-50694",
      """
Dobrý den, pane Černý,

děkujeme za Váš dotaz a za zaslaný předávací protokol z festivalu v Olomouci.

Prošli jsme podklady a chyba byla skutečně na naší straně: náš technik při vracení techniky zapomněl odepsat dva subwoofery, které jste vrátili již v sobotu. Věc jsem předala vedoucímu skladu, který Vám do konce týdne napíše, jak budeme postupovat.

Ostatní položky faktury BR-50694 (celkem 38 720,00 Kč) zůstávají beze změny.

S pozdravem

""" + CS_SIG,
      "Courteous reply that admits our technician's mistake; next steps left to the warehouse manager, nothing promised.",
      v=["fault_admission"], subtle=True,
      trig={"fault_admission": "chyba byla skutečně na naší straně"}),
]
