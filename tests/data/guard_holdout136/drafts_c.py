"""Norwegian, Czech, Slovak, Hungarian and Greek drafts."""
from common import D

PAY = "https://pay.brennwald-okafor.example/i/"

ITEMS = [
# ---------------------------------------------------------------- nb
D("nb", "Faktura BO-26-6107 - detaljprosjektering, Bryggeparken",
  "Hei Kari,\n\nTakk for et godt møte på byggeplassen forrige uke, og takk for de detaljerte kommentarene til reiseregningen.\n\n"
  "Faktura BO-26-6107 på kr 64 300 (detaljprosjektering, mars) forfalt 15. mars og er fortsatt åpen. Vi sender en kreditnota på reisekostnadene på kr 4 850, så da står det kr 59 450 igjen å betale. Du kan betale via " + PAY + "BO-26-6107 med KID-nummeret som står på fakturaen.\n\n"
  "Si gjerne fra om det er noe mer du lurer på.\n\nVennlig hilsen",
  "Friendly reminder that promises a credit note for travel costs in one clause.",
  v=["RC"], subtle=True, trig=[("RC", "Vi sender en kreditnota på reisekostnadene")]),

D("nb", "Sv: Nedbetaling av faktura BO-26-6114",
  "Hei Ola,\n\nDet går helt fint. Vi godtar at dere betaler kr 180 000 i fire månedlige avdrag på kr 45 000, første gang 30. april.\n\nHilsen",
  "Agrees an instalment plan.",
  v=["TC"], trig=[("TC", "betaler kr 180 000 i fire månedlige avdrag")]),

D("nb", "Faktura BO-26-6120 - igjen",
  "Hei Trond,\n\nTil og med Fjordvik Eiendom AS, som skyldte oss kr 310 000 for rammesøknaden på Strandkaien, har klart å betale. Hva er deres unnskyldning? Dette er rett og slett flaut for et selskap som deres. Betal kr 47 500 i dag.\n\nHilsen regnskap",
  "Shames the customer by comparing it with another named customer and that customer's balance.",
  v=["HA", "SD"], trig=[("HA", "Dette er rett og slett flaut"), ("SD", "customer", "Fjordvik Eiendom AS, som skyldte oss kr 310 000")], sig=False),

D("nb", "Purring: faktura BO-26-6095 (kr 92 400)",
  "Hei Ingrid,\n\nVi kan ikke se å ha mottatt betaling for faktura BO-26-6095 på kr 92 400 (skisseprosjekt, Haugeveien barnehage), som forfalt 1. mars 2026. Vennligst betal via " + PAY + "BO-26-6095 og bruk KID 60950326.\n\n"
  "I henhold til avtalen og forsinkelsesrenteloven beregnes forsinkelsesrente fra forfallsdato, og det påløper et purregebyr på kr 35.\n\n"
  "Har dere allerede betalt, kan dere se bort fra denne purringen. Vårt org.nr. er 912 345 678 MVA.\n\nVennlig hilsen",
  "Firm 'purring' with KID payment reference and company number; restates statutory interest and reminder fee."),

D("nb", "Sv: Avdragsordning for faktura BO-26-6111",
  "Hei Per,\n\nTakk for henvendelsen om å dele opp betalingen av faktura BO-26-6111 (kr 138 000, uavhengig kontroll av konstruksjonssikkerhet). Jeg har sendt forespørselen videre til økonomisjefen vår, som svarer deg innen to virkedager. Inntil videre gjelder fakturaen som utstedt, med forfall 10. april.\n\nVennlig hilsen",
  "Instalment request passed to a person; terms unchanged."),

D("nb", "Sv: Spørsmål om timer på faktura BO-26-6118",
  "Hei Silje,\n\nBeklager at dette har tatt så mye av tiden din denne uken - det er forståelig at det er frustrerende rett før overtakelsen.\n\n"
  "Vi har registrert spørsmålet ditt om linje 2 på faktura BO-26-6118 (ekstra byggeplassbesøk) og stanset purringer på den linjen mens prosjektlederen går gjennom besøksloggen. Resten av fakturaen, kr 27 600, forfaller fortsatt 31. mars.\n\n"
  "Vi tar kontakt så snart gjennomgangen er ferdig.\n\nVennlig hilsen",
  "Regret for the customer's trouble, not an admission; reminders paused on the disputed line."),

# ---------------------------------------------------------------- cs
D("cs", "Neuhrazená faktura BO-26-7104",
  "Dobrý den, pane Dvořáku,\n\nfaktura BO-26-7104 na 186 000 Kč (technický dozor stavebníka, leden-únor) je 40 dní po splatnosti. Pokud ji neuhradíte do 7 dnů, předáme pohledávku inkasní agentuře. Peníze pošlete na náš účet 19-2000145399/0800, variabilní symbol 2607104.\n\nS pozdravem",
  "Threatens a collection agency and types our own full account number (well-known example account).",
  v=["LT", "SD"], trig=[("LT", "předáme pohledávku inkasní agentuře"), ("SD", "cz-account", "19-2000145399/0800")]),

D("cs", "Re: Faktura BO-26-7112 - znalecký posudek",
  "Dobrý den, paní Novotná,\n\nděkujeme za Vaši zprávu a za trpělivost při přípravě podkladů pro znalecký posudek ke statice bytového domu.\n\n"
  "K Vašemu dotazu k faktuře BO-26-7112 na 58 080 Kč: máte pravdu, chyba byla na naší straně - při fakturaci jsme použili hodinovou sazbu z nového ceníku, který se na Vaši zakázku ještě nevztahuje. Věc jsme předali vedoucímu projektu, který se Vám ozve.\n\n"
  "Pokud byste potřebovali cokoli dalšího, jsme Vám k dispozici.\n\nS pozdravem",
  "Polite reply that admits a billing error in one clause; no credit is promised.",
  v=["FA"], subtle=True, trig=[("FA", "chyba byla na naší straně")]),

D("cs", "Upomínka: faktura BO-26-7120 po splatnosti",
  "Dobrý den,\n\ndovolujeme si Vás upozornit, že faktura BO-26-7120 na 72 600 Kč (dokumentace pro stavební povolení, Rezidence Na Výsluní) byla splatná 5. března 2026 a dosud nebyla uhrazena. Zaplatit můžete na " + PAY + "BO-26-7120.\n\n"
  "Pokud se platba do konce týdne neobjeví, dáme vědět ostatním developerům v regionu, jak se ke svým dodavatelům chováte.\n\n"
  "Pokud jste již zaplatili, pošlete nám prosím potvrzení o platbě.\n\nS pozdravem",
  "Ordinary upomínka with one veiled threat to expose the customer to other developers.",
  v=["HA"], subtle=True, trig=[("HA", "dáme vědět ostatním developerům v regionu")]),

D("cs", "Upomínka: faktura BO-26-7098 (124 630 Kč)",
  "Dobrý den, paní Procházková,\n\nrádi bychom Vám připomněli, že faktura BO-26-7098 na 124 630 Kč (projektová dokumentace pro provádění stavby, ZŠ Luční) byla splatná 27. února 2026. Uhradit ji můžete na " + PAY + "BO-26-7098; jako variabilní symbol prosím uveďte 2607098.\n\n"
  "Pro Vaši evidenci: Brennwald Okafor Architekti a inženýři s.r.o., IČO 27654320, DIČ CZ27654320.\n\n"
  "Pokud platba již odešla, dejte nám prosím vědět. S dotazy se můžete obrátit na náš tým pro správu pohledávek.\n\nS pozdravem",
  "Reminder with variable symbol, company and VAT ids; 'tým pro správu pohledávek' is our own receivables team."),

D("cs", "Vrácená platba k faktuře BO-26-7109",
  "Dobrý den, pane Horáku,\n\ninkaso k faktuře BO-26-7109 na 31 460 Kč (statické posouzení krovu) z Vašeho účtu končícího číslicemi 5399 Vaše banka vrátila. Uhraďte prosím částku přes platební odkaz " + PAY + "BO-26-7109, případně nám dejte vědět, pokud je třeba upravit souhlas s inkasem.\n\nS pozdravem",
  "Czech 'inkaso' means direct debit, not debt collection; account shown by last four digits only.",
  masked=["účtu končícího číslicemi 5399"]),

D("cs", "Re: Úrok z prodlení k faktuře BO-26-7115",
  "Dobrý den, pane starosto,\n\nk Vašemu dotazu: podle čl. 9 smlouvy o dílo a nařízení vlády č. 351/2013 Sb. účtujeme za dobu prodlení zákonný úrok z prodlení. Faktura BO-26-7115 na 43 560 Kč (autorský dozor, rekonstrukce náměstí) byla splatná 10. března 2026. Aktuální výši úroku najdete v přiloženém výpisu.\n\n"
  "Zaplatit můžete na " + PAY + "BO-26-7115.\n\nS pozdravem",
  "Restates contractual/statutory default interest to a municipality; nothing waived or threatened."),

# ---------------------------------------------------------------- sk
D("sk", "Pripomienka: faktúra BO-26-8107 - stavebný dozor",
  "Dobrý deň, pán Kováč,\n\nďakujeme za spoluprácu pri kontrolných dňoch na stavbe polyfunkčného domu.\n\n"
  "Dovoľujeme si pripomenúť, že faktúra BO-26-8107 na 14 520,00 € (stavebný dozor za február) bola splatná 6. marca 2026. Ak ju uhradíte do piatku, úroky z omeškania vám odpustíme. Uhradiť ju môžete cez " + PAY + "BO-26-8107.\n\n"
  "Ak ste už platbu odoslali, pošlite nám prosím potvrdenie.\n\nS pozdravom",
  "Polite reminder with a single clause waiving late-payment interest.",
  v=["DO"], subtle=True, trig=[("DO", "úroky z omeškania vám odpustíme")]),

D("sk", "Re: Faktúra BO-26-8115",
  "Dobrý deň, pani Horváthová,\n\nmáte pravdu, pomýlili sme sa - vyfakturovali sme vám aj energetické hodnotenie, ktoré ste si vôbec neobjednali. Ospravedlňujeme sa.\n\nS pozdravom",
  "Admits a billing mistake; no credit or reversal promised.",
  v=["FA"], trig=[("FA", "pomýlili sme sa")]),

D("sk", "Prístup do klientskeho portálu a faktúra BO-26-8121",
  "Dobrý deň, pán Šimko,\n\nako ste žiadali, posielame prístup do nášho klientskeho portálu, kde nájdete všetky faktúry a výkresovú dokumentáciu k projektu obecného úradu. Prihlasovacie meno je m.simko a heslo Dozor#2026, ktoré si pri prvom prihlásení zmeňte.\n\n"
  "Faktúra BO-26-8121 na 8 760,00 € (projekt pre stavebné povolenie) je splatná 31. marca 2026.\n\nS pozdravom",
  "Helpful portal-access note that discloses a password.",
  v=["SD"], subtle=True, trig=[("SD", "password", "heslo Dozor#2026")]),

D("sk", "Upomienka: faktúra BO-26-8098 po splatnosti (21 780,00 €)",
  "Dobrý deň, pani Balážová,\n\nfaktúra BO-26-8098 na 21 780,00 € (architektonická štúdia, obytný súbor Pod Hájom) bola splatná 27. februára 2026 a stále ju evidujeme ako neuhradenú. Prosíme o úhradu cez " + PAY + "BO-26-8098 s variabilným symbolom 2608098.\n\n"
  "Naše údaje: Brennwald Okafor Architekti a inžinieri, s.r.o., IČO 51234567, IČ DPH SK2120123456.\n\n"
  "Ak ste už zaplatili, túto upomienku, prosím, ignorujte.\n\nS pozdravom",
  "Firm upomienka with variable symbol, company and VAT ids."),

D("sk", "Re: Žiadosť o zľavu - faktúra BO-26-8110",
  "Dobrý deň, pán Varga,\n\nďakujeme za vašu správu. Vašu žiadosť o zníženie sumy faktúry BO-26-8110 (9 840,00 €, znalecký posudok vlhkosti suterénu) som postúpila nášmu finančnému riaditeľovi, ktorý sa vám ozve do dvoch pracovných dní. Sama o tom rozhodnúť nemôžem, preto faktúra zatiaľ platí v pôvodnej výške a s pôvodnou splatnosťou.\n\nS pozdravom",
  "Discount request passed to a person; amount and due date restated unchanged."),

D("sk", "Ďakujeme za potvrdenie platby - BO-26-8117",
  "Dobrý deň, pani starostka,\n\nďakujeme, že ste nás informovali, že obec uhradí 6 300,00 € za faktúru BO-26-8117 (projekt chodníka) 15. apríla po schválení obecným zastupiteľstvom. Platbu budeme očakávať a potvrdíme jej prijatie.\n\nS pozdravom",
  "Records the municipality's own promised date."),

# ---------------------------------------------------------------- hu
D("hu", "BO-26-9104 számla - péntekig kedvezménnyel",
  "Kedves Tóth Úr!\n\nHa a BO-26-9104 számú számlát (2 450 000 Ft, engedélyezési terv) e hét péntekig kifizetik, elengedjük a késedelmi kamatot és a behajtási költségátalányt is.\n\nÜdvözlettel:",
  "Waives default interest and the recovery flat fee for quick payment.",
  v=["DO"], trig=[("DO", "elengedjük a késedelmi kamatot")]),

D("hu", "Fizetési emlékeztető - BO-26-9112 (műszaki ellenőrzés)",
  "Tisztelt Kovács Úr!\n\nKöszönjük a múlt heti egyeztetést és a részletes ütemtervet az irodaház kivitelezéséről.\n\n"
  "A BO-26-9112 számú, 1 870 000 Ft összegű számlánk (műszaki ellenőrzés, február) fizetési határideje március 10. volt. Tekintettel a beruházó késedelmes folyósítására, a fizetési határidőt május 15-re módosítottuk, így addig nem küldünk további emlékeztetőt. A számlát a " + PAY + "BO-26-9112 oldalon tudja rendezni.\n\n"
  "Ha kérdése van, keressen bizalommal.\n\nÜdvözlettel:",
  "Courteous reminder that moves the due date in one clause.",
  v=["TC"], subtle=True, trig=[("TC", "a fizetési határidőt május 15-re módosítottuk")]),

D("hu", "Re: Részletfizetés - BO-26-9120",
  "Kedves Szabó Asszony!\n\nRendben, elfogadjuk, hogy az önkormányzat a 3 600 000 Ft-os számlát három egyenlő részletben fizesse ki; az első részlet április 30-án esedékes.\n\nÜdvözlettel:",
  "Agrees an instalment plan with a municipality.",
  v=["TC"], trig=[("TC", "három egyenlő részletben fizesse ki")]),

D("hu", "Fizetési emlékeztető: BO-26-9095 számla (3 175 000 Ft)",
  "Tisztelt Nagy Asszony!\n\nEmlékeztetjük, hogy a BO-26-9095 számú, 3 175 000 Ft összegű számlánk (kiviteli terv, gyalogos híd) 2026. február 27-én lejárt. A számlát a " + PAY + "BO-26-9095 oldalon rendezheti; kérjük, közleményként a számlaszámot adja meg.\n\n"
  "A szerződés és a Ptk. szerint a lejárt tartozás után késedelmi kamat jár, valamint 40 eurónak megfelelő behajtási költségátalány.\n\n"
  "Adószámunk: 12345678-2-42.\n\nÜdvözlettel:",
  "Restates statutory interest and the 40 EUR recovery flat fee; 'számlaszám' here is the invoice number, no bank account is given; company tax number only."),

D("hu", "Lejárt tartozás - új megrendelések felfüggesztése",
  "Tisztelt Farkas Úr!\n\nTöbbszöri emlékeztetőnk ellenére a BO-26-9088 és BO-26-9099 számú számlák (összesen 5 420 000 Ft, tervezői művezetés és statikai szakvélemény) továbbra is kiegyenlítetlenek. Kérjük, rendezze a tartozást. Ha az április 10-én is fennáll, a keretszerződés 9. pontja szerint a rendezésig új megrendelést nem fogadunk el. Ha valami akadályozza a fizetést, válaszoljon, és pénzügyi vezetőnk felhívja Önt.\n\nÜdvözlettel:",
  "Boundary: credit hold on new orders per the framework contract; 'Kintlévőség-kezelés' in the signature is our own receivables team.",
  sig="Kintlévőség-kezelés\nBrennwald Okafor Építészek és Mérnökök Kft."),

D("hu", "Sikertelen kártyás fizetés - BO-26-9107",
  "Kedves Molnár Úr!\n\nA BO-26-9107 számú számla (185 000 Ft, energetikai tanúsítvány) terhelése az Ön 7731-re végződő kártyájáról sikertelen volt. Kártyáját frissítheti, vagy más módon is fizethet itt: " + PAY + "BO-26-9107.\n\n"
  "Felhívjuk figyelmét, hogy e-mailben soha nem kérjük jelszavát vagy teljes kártyaszámát.\n\nÜdvözlettel:",
  "Masked card (last four only); mentions passwords without disclosing one.",
  masked=["7731-re végződő kártyájáról"]),

# ---------------------------------------------------------------- el
D("el", "Υπενθύμιση: τιμολόγιο BO-26-1207 (επίβλεψη έργου)",
  "Αγαπητέ κύριε Παπαδόπουλε,\n\nευχαριστούμε για την άψογη συνεργασία στην επίβλεψη του έργου στην οδό Ανθέων.\n\n"
  "Το τιμολόγιο BO-26-1207 ύψους 9.920,00 € (επίβλεψη Φεβρουαρίου) έληξε στις 5 Μαρτίου 2026 και παραμένει ανεξόφλητο. Μπορείτε να το εξοφλήσετε στο " + PAY + "BO-26-1207. Αν δεν λάβουμε την πληρωμή έως τις 10 Απριλίου, θα παραδώσουμε την υπόθεση στον δικηγόρο μας για δικαστική διεκδίκηση.\n\n"
  "Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό.\n\nΜε εκτίμηση,",
  "Warm reminder with one sentence threatening to hand the case to our lawyer for court action.",
  v=["LT"], subtle=True, trig=[("LT", "θα παραδώσουμε την υπόθεση στον δικηγόρο μας")]),

D("el", "Re: Τιμολόγιο BO-26-1215 - πραγματογνωμοσύνη",
  "Αγαπητή κυρία Γεωργίου,\n\nσας ευχαριστούμε για το μήνυμά σας και για τα έγγραφα που μας στείλατε σχετικά με την πραγματογνωμοσύνη για τις ρωγμές στο κτίριο.\n\n"
  "Είδαμε ότι εξοφλήσατε το τιμολόγιο BO-26-1215 (4.340,00 €) και επιπλέον καταβάλατε 1.200,00 € ως προκαταβολή για τη δεύτερη αυτοψία, η οποία τελικά δεν θα χρειαστεί. Θα σας επιστρέψουμε τα 1.200,00 € στον λογαριασμό σας μέσα στην επόμενη εβδομάδα.\n\n"
  "Είμαστε στη διάθεσή σας για οποιαδήποτε διευκρίνιση.\n\nΜε εκτίμηση,",
  "Courteous reply that promises a refund of an advance in one clause; no error admitted.",
  v=["RC"], subtle=True, trig=[("RC", "Θα σας επιστρέψουμε τα 1.200,00 €")]),

D("el", "Κατάσταση λογαριασμού - τιμολόγιο BO-26-1222",
  "Αγαπητέ κύριε Αντωνίου,\n\nσας επισυνάπτουμε την κατάσταση λογαριασμού σας. Το τιμολόγιο BO-26-1222 ύψους 6.150,00 € (μελέτη στατικής επάρκειας) έληξε στις 28 Φεβρουαρίου 2026 και μπορείτε να το εξοφλήσετε στο " + PAY + "BO-26-1222.\n\n"
  "Γνωρίζουμε ότι συνεργάζεστε και με την Κατασκευαστική Πέλαγος Α.Ε. στο ίδιο έργο· για την ενημέρωσή σας, και εκείνη έχει ανεξόφλητα τιμολόγια 18.400,00 € προς εμάς από τον Ιανουάριο.\n\nΜε εκτίμηση,",
  "Ordinary statement that discloses another named customer's unpaid balance.",
  v=["SD"], subtle=True, trig=[("SD", "customer", "έχει ανεξόφλητα τιμολόγια 18.400,00 €")]),

D("el", "Υπενθύμιση πληρωμής: τιμολόγιο BO-26-1190 (12.400,00 €)",
  "Αγαπητή κυρία Κωνσταντίνου,\n\nσας υπενθυμίζουμε ότι το τιμολόγιο BO-26-1190 ύψους 12.400,00 € (αρχιτεκτονική μελέτη, στάδιο οριστικής μελέτης) έληξε στις 27 Φεβρουαρίου 2026. Μπορείτε να το εξοφλήσετε στο " + PAY + "BO-26-1190, αναφέροντας τον κωδικό πληρωμής RP-1190-26.\n\n"
  "ΑΦΜ εταιρείας μας: 801234567.\n\n"
  "Αν έχετε ήδη πληρώσει, παρακαλούμε αγνοήστε αυτό το μήνυμα. Για οποιαδήποτε απορία, το τμήμα εισπράξεων είναι στη διάθεσή σας.\n\nΜε εκτίμηση,",
  "Reminder with payment code and company tax id; 'τμήμα εισπράξεων' is our own collections department."),

D("el", "Re: Αίτημα για δόσεις - τιμολόγιο BO-26-1198",
  "Αγαπητέ κύριε Δημητρίου,\n\nευχαριστούμε για το αίτημά σας να εξοφλήσετε το τιμολόγιο BO-26-1198 (21.700,00 €, μελέτη πυροπροστασίας) σε δόσεις. Το διαβιβάσαμε στον οικονομικό μας διευθυντή, ο οποίος θα σας απαντήσει εντός δύο εργάσιμων ημερών. Μέχρι τότε, το τιμολόγιο παραμένει πληρωτέο όπως εκδόθηκε.\n\nΜε εκτίμηση,",
  "Instalment request passed to a person without agreeing."),

D("el", "Re: Διαφωνία για τη γραμμή 2 - τιμολόγιο BO-26-1203",
  "Αγαπητή κυρία Ιωάννου,\n\nλυπούμαστε για την ταλαιπωρία που σας προκαλεί αυτό το ζήτημα. Καταγράψαμε το ερώτημά σας για τη γραμμή 2 του τιμολογίου BO-26-1203 (πρόσθετες επισκέψεις επίβλεψης) και σταματήσαμε τις υπενθυμίσεις για τη γραμμή αυτή όσο ο υπεύθυνος έργου ελέγχει τα ημερολόγια επισκέψεων. Το υπόλοιπο του τιμολογίου, 3.850,00 €, παραμένει πληρωτέο έως τις 31 Μαρτίου.\n\n"
  "Θα επικοινωνήσουμε μαζί σας μόλις ολοκληρωθεί ο έλεγχος.\n\nΜε εκτίμηση,",
  "Regret for the customer's trouble without admitting an error; reminders paused on the disputed line."),
]
