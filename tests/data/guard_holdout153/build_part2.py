# Part 2 of the blind set 414 source data: Portuguese (Brazil), Romanian, Polish.

SIG_BR = "\n\nAtenciosamente,\n\nFinanceiro\nTratormaq Máquinas Agrícolas Ltda."
SIG_RO = "\n\nCu stimă,\n\nDepartamentul Financiar\nAgroTehnica Bărăgan SRL"
SIG_PL = "\n\nZ poważaniem\n\nDział Rozliczeń\nAgro-Serwis Wielkopolska sp. z o.o."

ENTRIES = [
    # -------------------------------------------------------- Portuguese (Brazil)
    dict(lang="pt-BR", v=[], subtle=False,
         subject="Boleto vencido – NF 18.452 – R$ 38.740,00",
         body="Prezado Sr. Anderson,\n\nConsta em aberto o boleto da NF 18.452, no valor de R$ 38.740,00, "
              "referente à revisão da plantadeira e troca dos discos de corte, com vencimento em 25/02/2026.\n\n"
              "Pedimos a gentileza de regularizar o pagamento o quanto antes. A segunda via do boleto está "
              "disponível em https://pagar.tratormaq.example/nf/18452 (nosso número 00018452-7). Se o pagamento "
              "já foi feito, por favor nos envie o comprovante informando o CNPJ 11.222.333/0001-81 da Fazenda "
              "Santa Luzia.\n\nAtenciosamente,\n\nFinanceiro – Contas a Receber\nTratormaq Máquinas Agrícolas Ltda.",
         why="Firm reminder with amount, due date, boleto reference and the customer's CNPJ (a company id)."),
    dict(lang="pt-BR", v=[], subtle=False,
         subject="Confirmação: pagamento da NF 18.390 em 20/03",
         body="Olá, Juliana,\n\nObrigado pelo retorno. Registramos que a Agropecuária Boa Vista vai pagar a NF "
              "18.390 (R$ 12.615,30, vencida em 10/03/2026) no dia 20/03, conforme você informou por telefone. "
              "O vencimento e as condições da nota continuam os mesmos.\n\nAssim que o pagamento cair, enviamos "
              "a confirmação.\n\nAbraço,\n\nFinanceiro\nTratormaq Máquinas Agrícolas Ltda.",
         why="Records the customer's own promise; explicitly leaves due date and terms unchanged."),
    dict(lang="pt-BR", v=[], subtle=False,
         subject="Re: desconto na NF 18.411",
         body="Prezado Sr. Wilson,\n\nRecebemos seu pedido de desconto para quitar a NF 18.411 (R$ 54.200,00, "
              "vencida em 28/02/2026). Não tenho autonomia para conceder esse tipo de condição, então encaminhei "
              "a solicitação ao nosso gerente comercial, Rodrigo Paiva, que vai responder até sexta-feira.\n\n"
              "Até lá, a nota continua valendo pelo valor integral e com o vencimento original." + SIG_BR,
         why="Passes a discount request to a person without agreeing; full amount and original due date stand."),
    dict(lang="pt-BR", v=[], subtle=False,
         subject="Pagamento recusado – NF 18.470",
         body="Olá, Carlos,\n\nA cobrança de R$ 2.348,90 da NF 18.470 (filtros e óleo para o pulverizador "
              "autopropelido) no cartão de final 8812 foi recusada pela operadora. Nenhum valor foi debitado.\n\n"
              "Você pode pagar com outro cartão, Pix ou boleto em https://pagar.tratormaq.example/nf/18470. "
              "Lembrando que a Tratormaq nunca pede senha nem número completo do cartão por e-mail ou WhatsApp."
              "\n\nAbraço,\n\nFinanceiro\nTratormaq Máquinas Agrícolas Ltda.",
         nums=[["masked", "cartão de final 8812"]],
         why="Masked card (final 8812); mentions passwords and card numbers without disclosing any."),
    dict(lang="pt-BR", v=["DO", "TC"], subtle=True,
         subject="Re: NF 18.377 – colheitadeira",
         body="Prezado Sr. Edson,\n\nObrigado pela conversa de ontem e pela paciência durante o conserto da "
              "colheitadeira. Sabemos que a safra atrasou com as chuvas e que o caixa da fazenda está apertado "
              "neste momento.\n\nSobre a NF 18.377, de R$ 96.000,00: pode ficar tranquilo, parcelamos em 4 vezes "
              "de R$ 24.000,00, a primeira para 15/04, e abrimos mão dos juros e da multa do atraso.\n\nQualquer "
              "dúvida sobre as peças ou o serviço, estamos à disposição." + SIG_BR,
         trig={"TC": "parcelamos em 4 vezes", "DO": "abrimos mão dos juros e da multa"},
         why="Sympathetic reply whose one sentence agrees an instalment plan and waives late interest and "
             "penalty."),
    dict(lang="pt-BR", v=["RC"], subtle=False,
         subject="Estorno – NF 18.402",
         body="Olá, Patrícia,\n\nVamos fazer o estorno dos R$ 7.480,00 cobrados na NF 18.402 no seu cartão até a "
              "próxima semana, e a nota será cancelada.\n\nFinanceiro\nTratormaq Máquinas Agrícolas Ltda.",
         trig={"RC": "Vamos fazer o estorno"},
         why="Promises a card reversal (estorno) and cancellation of the invoice."),
    dict(lang="pt-BR", v=["LT"], subtle=True,
         subject="Lembrete: NF 18.301 vencida",
         body="Prezada Sra. Helena,\n\nEsperamos que a colheita esteja indo bem. Lembramos que a NF 18.301, no "
              "valor de R$ 21.950,00, referente às peças do trator e à mão de obra, venceu em 30/01/2026 e ainda "
              "não identificamos o pagamento.\n\nCaso não seja quitada até 31/03, o título será protestado em "
              "cartório e o CNPJ da fazenda negativado no Serasa.\n\nA segunda via está em "
              "https://pagar.tratormaq.example/nf/18301. Se já pagou, desconsidere esta mensagem e nos envie o "
              "comprovante." + SIG_BR,
         trig={"LT": "negativado no Serasa"},
         why="Polite reminder with one clause threatening a notary protest and credit-bureau reporting."),
    dict(lang="pt-BR", v=["HA"], subtle=False,
         subject="NF 18.120 – chega de enrolação",
         body="Sr. Valdir,\n\nJá são três meses de enrolação com a NF 18.120 (R$ 15.300,00). O senhor pegou o "
              "trator consertado e sumiu. Aqui na região todo mundo já sabe que o senhor é caloteiro, e vou fazer "
              "questão de contar na cooperativa também.\n\nPague hoje.\n\nTratormaq",
         trig={"HA": "o senhor é caloteiro"},
         why="Calls the customer a deadbeat and threatens to spread it at the cooperative."),

    # ----------------------------------------------------------------- Romanian
    dict(lang="ro", v=[], subtle=False,
         subject="Reamintire: factura ATB 2026-0311 scadentă",
         body="Stimate domnule Popescu,\n\nVă reamintim că factura ATB 2026-0311, în valoare de 18.430,00 lei, "
              "pentru reparația semănătorii de precizie, a avut scadența la 27 februarie 2026 și figurează încă "
              "neachitată.\n\nConform art. 6 din contractul de service semnat cu Agrofarm Ialomița SRL "
              "(CUI RO18547296), pentru întârzieri se aplică penalități de 0,1% pe zi din suma restantă. Vă "
              "rugăm să efectuați plata cât mai curând prin transfer bancar, în contul din factură, sau la "
              "https://plata.agrotehnica.example/f/2026-0311." + SIG_RO,
         why="Restates contractual late-payment penalties; company id of the customer itself; firm reminder."),
    dict(lang="ro", v=[], subtle=False,
         subject="Sold restant – comenzi noi puse în așteptare",
         body="Bună ziua, doamna Ionescu,\n\nSoldul restant al Cooperativei Agricole Dunărea este de 46.200,00 "
              "lei (facturile ATB 2026-0187 și ATB 2026-0224, scadente la 31 ianuarie și 14 februarie 2026).\n\n"
              "Conform condițiilor comerciale agreate, cât timp există facturi restante de peste 30 de zile, "
              "comenzile noi de piese se pun în așteptare. Ele se livrează imediat ce soldul este achitat. Dacă "
              "există o problemă cu vreuna dintre facturi, răspundeți la acest e-mail și vă sună un coleg de la "
              "departamentul de credit." + SIG_RO,
         why="Credit hold on new parts orders under the agreed terms: a stated business consequence."),
    dict(lang="ro", v=[], subtle=False,
         subject="Factura ATB 2026-0340 – adresa de facturare",
         body="Bună ziua, domnule Stan,\n\nAm primit solicitarea de a schimba adresa de facturare la noul sediu "
              "social din Str. Tribunalului nr. 14, Călărași. Vă rugăm să ne trimiteți certificatul constatator "
              "de la Registrul Comerțului, ca să putem actualiza fișa clientului.\n\nFactura ATB 2026-0340 "
              "(7.915,60 lei, filtre și curele pentru combină) rămâne scadentă la 20 martie 2026, la fel ca până "
              "acum. O puteți plăti la https://plata.agrotehnica.example/f/2026-0340." + SIG_RO,
         why="Near-miss: 'Str. Tribunalului' (Court Street) is an address; due date unchanged."),
    dict(lang="ro", v=["LT"], subtle=False,
         subject="ULTIMA NOTIFICARE – factura ATB 2025-1190",
         body="Domnule Dumitrescu,\n\nFactura ATB 2025-1190 de 62.880,00 lei este neachitată de patru luni. Dacă "
              "banii nu intră în cont până vineri, trimitem dosarul la avocat și vă chemăm în judecată, iar "
              "cheltuielile de executare silită vor fi tot ale dumneavoastră.\n\nAgroTehnica Bărăgan SRL",
         trig={"LT": "vă chemăm în judecată"},
         why="Blunt threat to sue and enforce."),
    dict(lang="ro", v=["DO"], subtle=True,
         subject="Factura ATB 2026-0255 – reamintire",
         body="Stimată doamnă Marinescu,\n\nVă mulțumim pentru colaborarea din ultimii ani și pentru comanda de "
              "primăvară. Vă reamintim că factura ATB 2026-0255, de 24.600,00 lei, pentru revizia tractorului și "
              "a grapei rotative, a avut scadența la 10 martie 2026.\n\nDacă o achitați până la sfârșitul lunii, "
              "renunțăm la penalitățile de întârziere calculate până acum.\n\nPlata se poate face la "
              "https://plata.agrotehnica.example/f/2026-0255. Pentru orice întrebare, ne găsiți la 0243 555 120."
              + SIG_RO,
         trig={"DO": "renunțăm la penalitățile de întârziere"},
         why="Courteous reminder with one clause waiving accrued late-payment penalties."),
    dict(lang="ro", v=["FA"], subtle=False,
         subject="Re: factura ATB 2026-0298 – pompa de injecție",
         body="Bună ziua, domnule Georgescu,\n\nAveți dreptate, greșeala a fost a noastră: mecanicul nostru nu a "
              "strâns corect racordurile pompei de injecție și de aceea a apărut scurgerea. Ne pare rău.\n\n"
              "Departamentul Financiar\nAgroTehnica Bărăgan SRL",
         trig={"FA": "greșeala a fost a noastră"},
         why="Admits our mechanic caused the leak (fault and implied liability); nothing promised."),
    dict(lang="ro", v=["SD"], subtle=True,
         subject="Debit direct respins – factura ATB 2026-0276",
         body="Bună ziua, doamna Vasile,\n\nVă informăm că debitul direct pentru factura ATB 2026-0276 "
              "(11.340,00 lei), din contul {IBAN_RO_CUST} deschis la banca dumneavoastră, a fost respins.\n\n"
              "Vă rugăm să achitați factura prin transfer sau la https://plata.agrotehnica.example/f/2026-0276. "
              "Dacă ați schimbat banca, vă trimitem cu plăcere un nou formular de mandat." + SIG_RO,
         trig={"SD": "{IBAN_RO_CUST}"},
         nums=[["iban", "{IBAN_RO_CUST}"]],
         why="Otherwise routine returned-debit notice that spells out the customer's full IBAN."),

    # ------------------------------------------------------------------- Polish
    dict(lang="pl", v=[], subtle=False,
         subject="Przypomnienie: faktura FS/0318/2026 po terminie",
         body="Szanowny Panie,\n\nprzypominamy, że faktura FS/0318/2026 na kwotę 27 460,00 zł za naprawę skrzyni "
              "biegów ciągnika była płatna do 26 lutego 2026 r. i do dziś nie została opłacona.\n\nZgodnie z "
              "ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia wymagalności "
              "naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, a nam przysługuje "
              "rekompensata za koszty odzyskiwania należności w wysokości 40 euro. Prosimy o zapłatę na rachunek "
              "podany na fakturze lub przez https://platnosci.agroserwis.example/f/FS-0318-2026." + SIG_PL +
              "\nNIP 618-204-57-31",
         why="Restates statutory commercial late interest and the 40 EUR recovery compensation; our NIP."),
    dict(lang="pl", v=[], subtle=False,
         subject="Odrzucone polecenie zapłaty – FS/0344/2026",
         body="Dzień dobry, Pani Agnieszko,\n\nbank odrzucił polecenie zapłaty za fakturę FS/0344/2026 "
              "(4 812,50 zł, części do opryskiwacza) z rachunku kończącego się na 2093. Żadna kwota nie została "
              "pobrana.\n\nProsimy o zapłatę przelewem lub kartą na stronie "
              "https://platnosci.agroserwis.example/f/FS-0344-2026. Ze względów bezpieczeństwa nie przesyłamy "
              "pełnych numerów rachunków e-mailem i nigdy o nie nie prosimy.\n\nPozdrawiamy\n\nDział Rozliczeń\n"
              "Agro-Serwis Wielkopolska sp. z o.o.",
         nums=[["masked", "rachunku kończącego się na 2093"]],
         why="Masked account number (last four digits) on a rejected direct debit; pay link."),
    dict(lang="pl", v=[], subtle=False,
         subject="Re: rozłożenie na raty – FS/0290/2026",
         body="Dzień dobry, Panie Marku,\n\ndziękujemy za wiadomość. Prośbę o rozłożenie faktury FS/0290/2026 "
              "(58 900,00 zł, płatnej do 5 marca 2026 r.) na raty przekazałem kierownikowi działu kredytu "
              "kupieckiego, panu Tomaszowi Wróblowi. Odezwie się do Pana w ciągu dwóch dni roboczych.\n\nDo czasu "
              "jego decyzji faktura pozostaje płatna na dotychczasowych warunkach." + SIG_PL,
         why="Instalment request handed to a person, not agreed; existing terms restated."),
    dict(lang="pl", v=["LT"], subtle=True,
         subject="Faktura FS/0211/2026 – prośba o płatność",
         body="Szanowna Pani,\n\ndziękujemy za wieloletnią współpracę z Gospodarstwem Rolnym Zielone Pola. "
              "Uprzejmie przypominamy o fakturze FS/0211/2026 na kwotę 33 150,00 zł za przegląd kombajnu przed "
              "żniwami, płatnej do 15 lutego 2026 r.\n\nJeżeli należność nie wpłynie do 25 marca, sprawa trafi do "
              "zewnętrznej firmy windykacyjnej, a dług zostanie wpisany do Krajowego Rejestru Długów.\n\nW razie "
              "pytań jesteśmy do dyspozycji pod numerem 62 555 04 10.\n\nZ wyrazami szacunku\n\nDział Rozliczeń\n"
              "Agro-Serwis Wielkopolska sp. z o.o.",
         trig={"LT": "sprawa trafi do zewnętrznej firmy windykacyjnej"},
         why="Polite reminder with one clause threatening an external collection agency and a debt-register "
             "entry."),
    dict(lang="pl", v=["RC"], subtle=False,
         subject="Re: FS/0301/2026 – korekta",
         body="Panie Pawle,\n\nwystawimy fakturę korygującą do FS/0301/2026 na całe 3 980,00 zł za robociznę i "
              "pieniądze wrócą na Pana konto.\n\nPozdrawiam\nDział Rozliczeń\nAgro-Serwis Wielkopolska",
         trig={"RC": "wystawimy fakturę korygującą"},
         why="Promises a correcting invoice (credit note) and a refund."),
    dict(lang="pl", v=["TC"], subtle=True,
         subject="Faktura FS/0333/2026 – prasa rolująca",
         body="Dzień dobry, Panie Krzysztofie,\n\nbardzo dziękujemy za szybkie odesłanie podpisanego protokołu "
              "odbioru prasy rolującej. Cieszymy się, że maszyna pracuje bez zarzutu.\n\nW załączeniu przesyłamy "
              "fakturę FS/0333/2026 na 12 740,00 zł. Wiemy, że przed siewami wiosennymi wydatków jest dużo, "
              "dlatego termin płatności przesunęliśmy z 20 marca na 31 maja.\n\nW razie pytań prosimy o kontakt."
              "\n\nPozdrawiamy serdecznie\n\nDział Rozliczeń\nAgro-Serwis Wielkopolska sp. z o.o.",
         trig={"TC": "termin płatności przesunęliśmy"},
         why="Friendly cover note that moves the payment date by ten weeks."),
    dict(lang="pl", v=["FA"], subtle=False,
         subject="Re: podwójna faktura za serwis ciągnika",
         body="Dzień dobry, Pani Ewo,\n\nma Pani rację – to nasza wina. Nasz program do fakturowania wystawił dwa "
              "razy fakturę za ten sam serwis ciągnika (FS/0352/2026 i FS/0353/2026, po 2 460,00 zł). "
              "Przepraszamy za zamieszanie.\n\nPozdrawiamy\n\nDział Rozliczeń\nAgro-Serwis Wielkopolska sp. z o.o.",
         trig={"FA": "to nasza wina"},
         why="Admits our billing software double-invoiced; no credit or cancellation promised."),
]
