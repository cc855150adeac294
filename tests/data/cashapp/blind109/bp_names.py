"""Part of build.py: customers of a Polish building-materials wholesaler (fictional firms).

Each entry: (name, currencies, size, payer-name variants that are NOT the customer name).
size: invoices per currency roughly (s=small, m=medium, l=large).
"""

CUSTOMERS = [
    # --- Polish contractors, PLN
    ("Budrex Sp. z o.o.", ["PLN"], "l", ["BUDREX GRUPA BUDOWLANA", "GRUPA BUDREX S.A."]),
    ("Mostostal-Karpaty Sp. z o.o.", ["PLN", "EUR"], "m", ["MOSTOSTAL KARPATY SP Z", "KARPATY HOLDING S.A."]),
    ("PHU Kowalczyk Budownictwo Marek Kowalczyk", ["PLN"], "s", ["MAREK KOWALCZYK", "KOWALCZYK MAREK UL. POLNA 4"]),
    ("Dach-Mal Sp.j. Nowak i Wspólnicy", ["PLN"], "s", ["DACH-MAL SPOLKA JAWNA", "NOWAK ANDRZEJ"]),
    ("Instal-Bud Zieliński Sp. z o.o.", ["PLN"], "m", ["INSTAL-BUD ZIELINSKI SP", "INSTALBUD"]),
    ("Termo-Dom Sp. z o.o.", ["PLN"], "m", ["TERMODOM SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA"]),
    ("Wiśniewski Roboty Ziemne", ["PLN"], "s", ["TOMASZ WISNIEWSKI", "WISNIEWSKI ROBOTY ZIEM"]),
    ("Firma Budowlana Gromada Sp. z o.o.", ["PLN"], "m", ["FB GROMADA", "GROMADA SP Z O O"]),
    ("Elektro-Bud Lewandowski s.c.", ["PLN"], "s", ["LEWANDOWSKI PIOTR ELEKTRO", "ELEKTRO BUD S C"]),
    ("Kamieniarstwo Dąbrowski", ["PLN"], "s", ["DABROWSKI KRZYSZTOF", "KAMIENIARSTWO DABROWS"]),
    ("Warmia Bud S.A.", ["PLN"], "l", ["WARMIA BUD SA ODDZIAL OLSZTYN", "WARMIA CAPITAL GROUP"]),
    ("Posadzki Śląsk Sp. z o.o.", ["PLN"], "m", ["POSADZKI SLASK SP Z O", "SLASK POSADZKI"]),
    ("Dekarz-Pro Wojciechowski", ["PLN"], "s", ["WOJCIECHOWSKI JAN DEKARZ-PRO", "JAN WOJCIECHOWSKI"]),
    ("Hydro-Tech Kamińska Sp. z o.o.", ["PLN"], "m", ["HYDRO TECH KAMINSKA", "HYDROTECH"]),
    ("Budomax Kielce Sp. z o.o.", ["PLN"], "m", ["BUDOMAX KIELCE SP. Z", "BUDOMAX"]),
    ("Tynk-Expert Szymański", ["PLN"], "s", ["SZYMANSKI ADAM", "TYNK EXPERT"]),
    ("Remonty Kaczmarek Sp.k.", ["PLN"], "s", ["KACZMAREK REMONTY SPOLKA KOMANDYTOWA", "KACZMAREK EWA"]),
    ("Fundamenty Pomorze Sp. z o.o.", ["PLN"], "m", ["FUNDAMENTY POMORZE SP", "POMORZE INFRA HOLDING"]),
    ("Ogrody i Bruki Mazur", ["PLN"], "s", ["MAZUR PAWEL", "OGRODY I BRUKI MAZ"]),
    ("Stal-Kon Grabowski Sp. z o.o.", ["PLN"], "m", ["STALKON GRABOWSKI", "STAL-KON SP Z O O"]),
    ("Budownictwo Ogólne Pawlak", ["PLN"], "s", ["PAWLAK MICHAL", "BUDOWNICTWO OGOLNE PAWL"]),
    ("Izolacje Wielkopolska Sp. z o.o.", ["PLN"], "m", ["IZOLACJE WLKP", "IZOLACJE WIELKOPOLSKA S"]),
    ("Okna-Montaż Król", ["PLN"], "s", ["KROL BARBARA", "OKNA MONTAZ KROL"]),
    ("Energo-Inwest Sp. z o.o.", ["PLN", "EUR"], "m", ["ENERGO INWEST SP Z O O", "EI GROUP"]),
    ("Bud-Trans Wieczorek", ["PLN"], "s", ["WIECZOREK LUKASZ", "BUD TRANS"]),
    # --- Polish DIY retailers and builders' merchants, PLN
    ("Majster Market S.A.", ["PLN"], "l", ["MAJSTER MARKET SA CENTRALA", "MM RETAIL HOLDING"]),
    ("DomPlus Markety Budowlane Sp. z o.o.", ["PLN"], "l", ["DOMPLUS", "DOMPLUS MARKETY BUDOWL"]),
    ("Skład Budowlany Jedynka Sp. z o.o.", ["PLN"], "m", ["SKLAD BUDOWLANY JEDYNKA", "JEDYNKA SKLAD"]),
    ("Hurtownia Budowlana Piast Sp. z o.o.", ["PLN"], "m", ["HURTOWNIA PIAST", "PIAST HURTOWNIA BUDOWLA"]),
    ("Centrum Budowlane Mrówkowiec Sp. z o.o.", ["PLN"], "m", ["CB MROWKOWIEC", "MROWKOWIEC SP Z O O"]),
    ("Łódzkie Składy Budowlane Sp. z o.o.", ["PLN"], "m", ["LODZKIE SKLADY BUDOWLANE", "LSB SP Z O O"]),
    ("Market Budowlany Cegiełka", ["PLN"], "s", ["CEGIELKA MARKET", "ZOFIA CEGIELKA"]),
    # --- Polish developers, PLN
    ("Wawel Development Sp. z o.o.", ["PLN"], "m", ["WAWEL DEVELOPMENT SP Z", "WAWEL RESIDENTIAL PROJEKT 7 SP K"]),
    ("Osiedle Zielone Wzgórza Sp. z o.o. Sp.k.", ["PLN"], "m", ["OSIEDLE ZIELONE WZGORZA", "ZW PROJECT MANAGEMENT"]),
    ("Vistula Residence S.A.", ["PLN", "EUR"], "m", ["VISTULA RESIDENCE SA", "VISTULA REAL ESTATE GROUP"]),
    ("Baltic Park Inwestycje Sp. z o.o.", ["PLN"], "m", ["BALTIC PARK INWESTYCJE", "BPI SP Z O O"]),
    ("Mazowieckie Domy Sp. z o.o.", ["PLN"], "s", ["MAZOWIECKIE DOMY SP Z", "MD DEVELOPMENT"]),
    ("Nowa Huta Lofts Sp. z o.o.", ["PLN"], "s", ["NOWA HUTA LOFTS", "LOFTS NH"]),
    # --- Czech customers, CZK (some EUR)
    ("Stavby Novák s.r.o.", ["CZK"], "m", ["STAVBY NOVAK S.R", "NOVAK JIRI"]),
    ("Stavebniny Dvořák a.s.", ["CZK"], "l", ["STAVEBNINY DVORAK AS", "DVORAK HOLDING A.S."]),
    ("Pozemní stavby Svoboda s.r.o.", ["CZK", "EUR"], "m", ["POZEMNI STAVBY SVOBODA", "SVOBODA GROUP"]),
    ("Střechy Černý s.r.o.", ["CZK"], "s", ["STRECHY CERNY SRO", "CERNY PETR"]),
    ("Developer Praha Západ a.s.", ["CZK"], "m", ["DEVELOPER PRAHA ZAPAD", "PZ REZIDENCE"]),
    ("Kutil Market s.r.o.", ["CZK"], "m", ["KUTIL MARKET SRO", "KUTIL CZ"]),
    ("Ostravské stavby Procházka s.r.o.", ["CZK"], "s", ["OSTRAVSKE STAVBY PROCH", "PROCHAZKA MARTIN"]),
    ("Brněnské stavebniny Veselý a.s.", ["CZK"], "m", ["BRNENSKE STAVEBNINY", "VESELY A.S."]),
    # --- Slovak / Austrian / German / Lithuanian customers, EUR
    ("Stavmat Slovakia s.r.o.", ["EUR"], "m", ["STAVMAT SLOVAKIA SRO", "STAVMAT"]),
    ("Stavebniny Horváth s.r.o.", ["EUR"], "s", ["STAVEBNINY HORVATH", "HORVATH LADISLAV"]),
    ("Baustoffe Lausitz GmbH", ["EUR"], "m", ["BAUSTOFFE LAUSITZ GMBH", "LAUSITZ BAUGRUPPE"]),
    ("Holzbau Steiner GmbH", ["EUR"], "s", ["HOLZBAU STEINER", "STEINER MARKUS"]),
    ("Wohnbau Oderland GmbH & Co. KG", ["EUR"], "m", ["WOHNBAU ODERLAND GMBH", "ODERLAND IMMOBILIEN"]),
    ("UAB Statybų Centras", ["EUR"], "s", ["UAB STATYBU CENTRAS", "STATYBU CENTRAS"]),
    ("Bratislava Rezidencie a.s.", ["EUR"], "s", ["BRATISLAVA REZIDENCIE", "BR REZIDENCIE"]),
    ("Košice Stav s.r.o.", ["EUR"], "s", ["KOSICE STAV SRO", "KOSICE STAV"]),
    # --- Hungarian customers, HUF
    ("Építő-Ker Kft.", ["HUF"], "m", ["EPITO-KER KFT", "EPITOKER"]),
    ("Győri Lakásépítő Zrt.", ["HUF"], "m", ["GYORI LAKASEPITO ZRT", "GYORI HOLDING"]),
    ("Barkács Áruház Kft.", ["HUF"], "m", ["BARKACS ARUHAZ KFT", "BARKACS"]),
    ("Tóth és Társa Építőipari Bt.", ["HUF"], "s", ["TOTH ES TARSA BT", "TOTH GABOR"]),
    ("Debreceni Tetőfedő Kft.", ["HUF", "EUR"], "s", ["DEBRECENI TETOFEDO", "DEBRECENI TETOFEDO KF"]),
    # --- Romanian customers, RON
    ("Construct Carpați S.R.L.", ["RON"], "m", ["CONSTRUCT CARPATI SRL", "CARPATI GROUP"]),
    ("Materiale Ardeal S.A.", ["RON"], "m", ["MATERIALE ARDEAL SA", "ARDEAL"]),
    ("Dezvoltare Imobiliară Banat S.R.L.", ["RON", "EUR"], "m", ["DEZVOLTARE IMOBILIARA BANAT", "DIB SRL"]),
    ("Popescu Instalații S.R.L.", ["RON"], "s", ["POPESCU INSTALATII", "POPESCU ION"]),
    ("Brico Casa Nord S.R.L.", ["RON"], "m", ["BRICO CASA NORD SRL", "BRICO CASA"]),
    # --- Ukrainian contractor working in Poland, EUR and PLN
    ("TOV Budivelna Kompaniia Dnipro", ["EUR", "PLN"], "s",
     ["ТОВ БУДІВЕЛЬНА КОМПАНІЯ ДНІПРО", "BUDIVELNA KOMPANIYA DNIPRO TOV", "OLEKSANDR SHEVCHENKO"]),
]

# parties that pay on behalf of a customer (factoring companies, card acquirers)
FACTORS = {"PLN": ["VISTULA FAKTORING S.A.", "FAKTOR POLSKA SP Z O O", "EUROFAKTOR FINANCE S.A."],
           "CZK": ["CZ FACTORING A.S.", "EUROFAKTOR FINANCE S.A."], "HUF": ["DUNA FAKTOR ZRT"]}
ACQUIRERS = ["POLCARD ROZLICZENIA TERMINAL", "PAYTEL SA ROZLICZENIE POS", "ESERVICE SETTLEMENT"]

# payers that are nobody's customer
UNKNOWN_PAYERS = ["JAN KOWALSKI", "F.H.U. MARBUD MAREK ZAJAC", "PRZEDSIEBIORSTWO HANDLOWE ALFA",
                  "ANNA NOWICKA", "KRZYSZTOF MAJEWSKI", "STAVEBNI FIRMA KOLAR", "HORVATH ES FIA KFT",
                  "SC DEMOLARI VEST SRL", "BAUSERVICE KRAUSE", "ZAKLAD USLUG REMONTOWYCH ADAM",
                  "PPHU TOMBUD", "EWA JABLONSKA", "MIROSLAV BENES", "SZABO ISTVAN", "ION DUMITRESCU"]

# the wholesaler's own Polish tax id: the /IDC/ field of a split payment names the supplier
SELLER_NIP = "7792433421"
