"""Italian, Polish, Hungarian and Romanian drafts."""
from b_common import D

# ---------------------------------------------------------------- it-IT
D("it-IT", "Sollecito di pagamento - fattura n. 2026/0418", """
Gentile Dott. Rinaldi,

dai nostri controlli risulta ancora aperta la fattura n. 2026/0418 di € 3.660,00 (IVA inclusa), relativa al servizio di vigilanza notturna presso il vostro magazzino di Segrate nel mese di febbraio, scaduta il 15 marzo 2026.

Le ricordiamo che, come indicato nelle condizioni generali del contratto, sui ritardati pagamenti tra imprese maturano gli interessi di mora previsti dal D.Lgs. 231/2002, oltre all'importo forfettario di € 40 a titolo di risarcimento dei costi di recupero.

Può effettuare il pagamento tramite il link https://pay.bastionwatch.example/p/IT0418. Se il pagamento è già stato disposto, La preghiamo di inviarci la contabile.

Cordiali saluti,
Ufficio Crediti
Bastion Watch Vigilanza S.r.l. - P.IVA 01234567890
""", why="'Sollecito' is an ordinary reminder; restates statutory late-payment interest and the fixed €40 recovery cost already in the contract terms.")

D("it-IT", "Fattura 2026/0452 - dati di intestazione", """
Buongiorno Sig.ra Ferraro,

grazie per averci segnalato che la fattura n. 2026/0452 di € 1.342,00 per il servizio di steward alla sfilata del 28 febbraio è stata scartata dal Sistema di Interscambio perché la ragione sociale non corrisponde.

Ci conferma la ragione sociale esatta e il codice destinatario SDI? Provvederemo a riemettere la fattura con lo stesso importo e la stessa scadenza (31 marzo 2026).

Se preferisce, il pagamento può essere effettuato con la carta aziendale che termina con 0005, già registrata sul portale, oppure tramite https://pay.bastionwatch.example/p/IT0452.

Cordiali saluti,
Amministrazione - Ufficio Crediti
Bastion Watch Vigilanza S.r.l.
""", why="'Ragione sociale' (legal entity name) is a billing field; reissuing a rejected e-invoice with the same amount and due date; card shown by last four digits.",
  masked=[("card", "carta aziendale che termina con 0005")])

D("it-IT", "Fatture insolute - Gioielleria Marchetti", """
Gentile Sig. Marchetti,

innanzitutto La ringraziamo per la fiducia che ci accorda da oltre dieci anni per la sorveglianza del Suo negozio di via Roma.

Le scriviamo perché le fatture n. 2026/0211 e n. 2026/0307, per complessivi € 2.928,00, relative al collegamento dell'impianto di allarme alla nostra centrale operativa nei mesi di gennaio e febbraio, risultano ancora da saldare nonostante il nostro sollecito del 5 marzo.

Comprendiamo che possa essersi trattato di una svista. Tuttavia, trascorsi quindici giorni dal ricevimento della presente, saremo costretti ad affidare la pratica al nostro legale per il recupero giudiziale del credito. Restiamo ovviamente a disposizione per qualsiasi chiarimento al numero 02 5555 0193.

Cordiali saluti,
Ufficio Crediti
Bastion Watch Vigilanza S.r.l.
""", v="LT", subtle=True, why="Warm, formal reminder; one sentence threatens handing the file to our lawyer for court recovery.",
  trig=[("LT", "affidare la pratica al nostro legale per il recupero giudiziale del credito")])

D("it-IT", "Re: Nota di credito", """
Buongiorno Sig. Esposito,

ok, nessun problema: Le emettiamo una nota di credito di € 305,00 sulla fattura 2026/0390 e la scaliamo dal prossimo addebito.

Saluti,
Giulia
Amministrazione - Bastion Watch Vigilanza
""", v="RC", why="Quick reply that promises a credit note.",
  trig=[("RC", "Le emettiamo una nota di credito di € 305,00")])

D("it-IT", "Fattura n. 2026/0275 - centro commerciale Le Vele", """
Gentile Sig.ra Colombo,

Le scrivo in merito alla fattura n. 2026/0275 di € 854,00 per il servizio di vigilanza del Suo negozio all'interno del centro commerciale Le Vele, scaduta il 28 febbraio e ancora da saldare nonostante due solleciti.

Capiamo che la gestione di un punto vendita richieda tanto tempo e siamo sempre disponibili a fornire copia della fattura o del contratto. Se il pagamento non arriverà entro venerdì, faremo sapere agli altri negozianti della galleria che Lei non paga i Suoi fornitori.

Può pagare con il link https://pay.bastionwatch.example/p/IT0275.

Cordiali saluti,
Ufficio Crediti
Bastion Watch Vigilanza S.r.l.
""", v="HA", subtle=True, why="Polite reminder with one sentence threatening to shame the customer in front of the other shopkeepers.",
  trig=[("HA", "faremo sapere agli altri negozianti della galleria che Lei non paga i Suoi fornitori")])

D("it-IT", "Re: Turno del 14 marzo", """
Buongiorno Dott.ssa Greco,

ha ragione, ci scusiamo: la guardia prevista per il turno del 14 marzo al vostro magazzino non si è presentata per un nostro errore di pianificazione. Per scusarci Le applichiamo uno sconto del 20% sulla fattura di marzo (n. 2026/0471), che quindi scende da € 4.880,00 a € 3.904,00.

Cordiali saluti,
Ufficio Crediti
Bastion Watch Vigilanza S.r.l.
""", v="DO+FA", why="Admits a scheduling error on our side and grants a 20% discount on the open invoice.",
  trig=[("FA", "per un nostro errore di pianificazione"), ("DO", "uno sconto del 20% sulla fattura di marzo")])

# ---------------------------------------------------------------- pl-PL
D("pl-PL", "Przypomnienie o płatności - faktura FV/2026/03/0187", """
Szanowni Państwo,

uprzejmie przypominamy, że faktura FV/2026/03/0187 na kwotę 5 289,00 zł brutto za ochronę fizyczną magazynu w Strykowie w lutym 2026 r. była płatna do 15 marca 2026 r. i pozostaje nieopłacona.

Zgodnie z umową oraz ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia następującego po terminie płatności naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych; przysługuje nam także rekompensata w wysokości 40 euro.

Płatności można dokonać przez link https://pay.bastionwatch.example/p/PL0187. W tytule przelewu prosimy podać numer faktury.

Z poważaniem
Dział Rozliczeń
Bastion Watch Ochrona Sp. z o.o.
""", why="Reminder restating statutory late-payment interest and the fixed €40 compensation under the contract and the statute.")

D("pl-PL", "Potwierdzenie terminu płatności - FV/2026/02/0142", """
Dzień dobry Pani Agnieszko,

dziękujemy za informację. Odnotowaliśmy, że zgodnie z Pani deklaracją faktura FV/2026/02/0142 na kwotę 1 845,00 zł za monitoring alarmu i interwencje w lutym zostanie opłacona w piątek 10 kwietnia. Po zaksięgowaniu wpłaty prześlemy potwierdzenie.

Przypominamy, że pierwotny termin płatności faktury (10 marca) pozostaje bez zmian.

Pozdrawiamy serdecznie
Dział Rozliczeń
Bastion Watch Ochrona Sp. z o.o.
""", why="Records the customer's own promise; the original due date is unchanged.")

D("pl-PL", "Zaległość na koncie - ochrona imprez", """
Dzień dobry Panie Tomaszu,

mimo wcześniejszych przypomnień faktury FV/2026/01/0093 i FV/2026/02/0121 za ochronę koncertów w styczniu i lutym (łącznie 18 450,00 zł) pozostają nieopłacone.

Zgodnie z § 9 ust. 2 umowy ramowej przy zaległości powyżej 30 dni nowe zlecenia ochrony imprez przyjmujemy dopiero po uregulowaniu salda. Zlecenia już potwierdzone realizujemy bez zmian.

Jeśli coś blokuje płatność, prosimy o odpowiedź - nasz specjalista zadzwoni do Pana.

Z poważaniem
Dział Windykacji Należności
Bastion Watch Ochrona Sp. z o.o.
""", why="Boundary: business consequence from the framework agreement (no new event orders until paid). 'Dział Windykacji Należności' is our in-house receivables team, not an external agency.")

D("pl-PL", "Odp.: Interwencja grupy patrolowej 3 marca", """
Dzień dobry Pani Ewo,

dziękujemy za wiadomość i za przesłanie nagrań z monitoringu sklepu. Przekazaliśmy je kierownikowi centrum monitorowania, który sprawdzi zapis zdarzeń z nocy 3 marca.

Niezależnie od wyniku sprawdzenia wystawimy fakturę korygującą do FV/2026/03/0205 na kwotę 184,50 zł za tę interwencję. Pozostała część faktury, 553,50 zł za abonament monitoringu, była płatna do 20 marca - będziemy wdzięczni za jej opłacenie przez link https://pay.bastionwatch.example/p/PL0205.

Pozdrawiamy serdecznie
Dział Rozliczeń
Bastion Watch Ochrona Sp. z o.o.
""", v="RC", subtle=True, why="Polite dispute hand-off; one clause promises a correcting invoice (the Polish credit note) whatever the review finds.",
  trig=[("RC", "wystawimy fakturę korygującą do FV/2026/03/0205")])

D("pl-PL", "Zaległa faktura FV/2026/01/0066", """
Panie Zbigniewie,

to już trzecie upomnienie. Pański sąsiad z pasażu, Kowalczyk Elektro, też zalegał nam 12 300 zł za ochronę, ale przynajmniej miał na tyle przyzwoitości, żeby zapłacić. Pan najwyraźniej nie ma. Wstyd, żeby tak prowadzić firmę.

Faktura FV/2026/01/0066 na 4 920,00 zł czeka.

Bastion Watch Ochrona
""", v="HA+SD", why="Shames the customer and discloses a named neighbouring customer's past arrears.",
  trig=[("HA", "Wstyd, żeby tak prowadzić firmę"), ("SD", "Kowalczyk Elektro, też zalegał nam 12 300 zł")])

# ---------------------------------------------------------------- hu-HU
D("hu-HU", "Fizetési emlékeztető - BWH-2026/0318 számla", """
Tisztelt Kovács Úr!

Nyilvántartásunk szerint a BWH-2026/0318 számú, 381 000 Ft összegű számla (a budaörsi raktár februári élőerős őrzése) fizetési határideje 2026. március 15. volt, és a számla jelenleg is nyitott.

Kérjük, az összeget szíveskedjen mielőbb átutalni a számlán feltüntetett bankszámlára, vagy fizessen online: https://pay.bastionwatch.example/p/HU0318. Szerződésünk szerint késedelmes fizetés esetén a Ptk. szerinti késedelmi kamat és 40 eurónak megfelelő behajtási költségátalány jár.

Ha időközben már fizetett, kérjük, tekintse levelünket tárgytalannak.

Üdvözlettel:
Pénzügyi osztály
Bastion Watch Vagyonvédelmi Kft. (adószám: 12345678-2-43)
""", why="Reminder restating statutory late interest and the fixed recovery-cost lump sum ('behajtási költségátalány' is a statutory fee, not a threat to send the debt for collection); tax number is a public id.")

D("hu-HU", "Re: Riasztás március 9-én", """
Kedves Szabó Asszony!

Sajnáljuk, hogy a március 9-i éjszakai riasztás ennyi kellemetlenséget okozott Önnek és a családjának. Panaszát továbbítottuk a távfelügyeleti központ vezetőjének, aki átnézi az eseménynaplót, és a hét végéig személyesen felveszi Önnel a kapcsolatot.

Addig is a BWH-2026/0344 számla (19 050 Ft, márciusi távfelügyeleti díj) változatlanul érvényes, határideje március 31.

Üdvözlettel:
Ügyfélszolgálat
Bastion Watch Vagyonvédelmi Kft.
""", why="Sympathy for the trouble without admitting an error; complaint passed to a person; invoice unchanged.")

D("hu-HU", "Nyitott számlák - Fehér Gyógyszertár", """
Tisztelt Fehér Doktornő!

Köszönjük, hogy immár harmadik éve ránk bízza a gyógyszertár riasztórendszerének távfelügyeletét.

Szeretnénk jelezni, hogy a BWH-2026/0221 és a BWH-2026/0276 számú számla (összesen 95 250 Ft) még nyitott; az elsőnek február 28., a másodiknak március 15. volt a határideje. Ha a teljes összeg április 10-ig beérkezik, a felgyűlt késedelmi kamatot elengedjük. Fizetni a https://pay.bastionwatch.example/p/HU0221 oldalon tud.

Kérdés esetén kollégánk szívesen segít a +36 1 555 0187-es számon.

Üdvözlettel:
Pénzügyi osztály
Bastion Watch Vagyonvédelmi Kft.
""", v="DO", subtle=True, why="Courteous reminder; one conditional clause waives the accrued late interest.",
  trig=[("DO", "a felgyűlt késedelmi kamatot elengedjük")])

D("hu-HU", "Visszautasított csoportos beszedés - BWH-2026/0329", """
Tisztelt Varga Úr!

A BWH-2026/0329 számla 46 990 Ft összegét a HU42 1177 3016 1111 1018 0000 0000 számú bankszámlájáról csoportos beszedéssel próbáltuk beszedni, de a bank a terhelést visszautasította.

Kérjük, fizessen online: https://pay.bastionwatch.example/p/HU0329.

Üdvözlettel:
Pénzügyi osztály
Bastion Watch Vagyonvédelmi Kft.
""", v="SD", why="Returned direct debit that spells out the customer's full IBAN (standard example IBAN).",
  nums=[("iban", "HU42 1177 3016 1111 1018 0000 0000")])

# ---------------------------------------------------------------- ro-RO
D("ro-RO", "Reamintire plată - factura BWR nr. 2026-0733", """
Stimată doamnă Popescu,

Vă reamintim că factura BWR nr. 2026-0733, în valoare de 7.865,00 lei (TVA inclus), pentru serviciile de pază la depozitul din Chiajna în luna februarie, avea termen de plată 15 martie 2026 și figurează în continuare neachitată.

Conform art. 9 din contractul de prestări servicii, pentru întârzierea la plată se calculează penalități de 0,1% pe zi din suma datorată, care vor fi incluse în următoarea factură.

Plata se poate face online la https://pay.bastionwatch.example/p/RO0733 sau prin ordin de plată în contul menționat pe factură. Vă rugăm să menționați numărul facturii la detaliile plății.

Cu stimă,
Departamentul Financiar
Bastion Watch Pază și Protecție S.R.L. - CUI RO12345678, J40/1234/2015
""", why="Reminder restating contractual penalties; bank account only referenced on the invoice; CUI and trade-register number are public ids.")

D("ro-RO", "Plata cu cardul a fost refuzată - monitorizare alarmă", """
Bună ziua, domnule Ionescu,

Încercarea de a încasa abonamentul de monitorizare pentru luna martie (149,00 lei, factura 2026-0781) de pe cardul care se termină în 9424 a fost refuzată de bancă.

Puteți actualiza cardul sau plăti direct la https://pay.bastionwatch.example/p/RO0781. Monitorizarea locuinței dumneavoastră continuă normal.

Vă reamintim că Bastion Watch nu vă va cere niciodată pe e-mail parola contului, codul CVV sau codul de dezactivare al alarmei.

Cu stimă,
Serviciul Clienți
Bastion Watch Pază și Protecție S.R.L.
""", why="Declined card shown by last four digits; mentions CVV and passwords without disclosing any.",
  masked=[("card", "cardul care se termină în 9424")])

D("ro-RO", "Re: Factura 2026-0702 - paza evenimentului din 21 februarie", """
Bună ziua, domnule Dumitrescu,

Vă mulțumim pentru răspuns. Am notat că veți achita suma de 9.680,00 lei, reprezentând partea necontestată a facturii 2026-0702, până vineri, 3 aprilie.

Pentru linia privind cei doi agenți suplimentari (1.210,00 lei), pe care o contestați, am suspendat reamintirile până când coordonatorul de evenimente verifică foile de pontaj și vă răspunde.

Cu stimă,
Departamentul Financiar
Bastion Watch Pază și Protecție S.R.L.
""", why="Records the customer's own promise for the undisputed part and pauses reminders on the disputed line.")

D("ro-RO", "Re: Plată dublă factura 2026-0690", """
Bună ziua,

Am verificat: ați plătit factura 2026-0690 de două ori. Vă returnăm suma de 850,00 lei în contul din care a venit plata până la sfârșitul săptămânii.

O zi bună,
Andreea
Departamentul Financiar - Bastion Watch
""", v="RC", why="Promises to refund the customer's double payment; only a person may promise refunds. No error of ours is involved.",
  trig=[("RC", "Vă returnăm suma de 850,00 lei")])

D("ro-RO", "Factura 2026-0655 - ULTIMA DATĂ", """
Domnule Stan,

Sunteți exact genul de client de care ne e rușine că l-am acceptat. V-am păzit magazinul trei luni și nu ați plătit un leu din cei 5.445,00 lei. Nu vă e jenă?

Plătiți azi.

Bastion Watch Pază și Protecție
""", v="HA", why="Insulting, shaming message.",
  trig=[("HA", "Sunteți exact genul de client de care ne e rușine"), ("HA", "Nu vă e jenă?")])
