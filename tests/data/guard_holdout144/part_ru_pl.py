from part_common import D

RU_SIG = "Отдел расчётов с клиентами\nООО «Тессера Офис» — офисная мебель и отделка"

# ---------------------------------------------------------------- Russian
D("ru", "OK", False,
  "Asks for the exact legal entity name, INN and KPP after a reorganisation; amount and due date stay as they are.",
  "INV-96214: уточнение юридического наименования плательщика",
  "Здравствуйте, Ольга Викторовна!\n\nСпасибо за сообщение о реорганизации вашей гостиничной сети. Чтобы правильно оформить закрывающие документы по счёту INV-96214 на сумму 1 284 500,00 ₽ (мебель для номеров, срок оплаты 27 февраля 2026 г.), пришлите, пожалуйста, точное юридическое наименование, ИНН и КПП новой организации. Сумма и срок оплаты по счёту остаются прежними.\n\nС уважением,\n" + RU_SIG)

D("ru", "OK", False,
  "Records the customer's own guarantee letter promising payment by 20 March; contract terms and original due date unchanged.",
  "Спасибо за гарантийное письмо по счёту INV-96188",
  "Здравствуйте, Андрей Сергеевич!\n\nСпасибо за гарантийное письмо, в котором вы обязуетесь оплатить счёт INV-96188 на сумму 642 300,00 ₽ до 20 марта 2026 г. Мы зафиксировали это обязательство и подтвердим получение платежа. Условия договора и исходный срок оплаты не меняются.\n\nС уважением,\n" + RU_SIG)

D("ru", "OK", False,
  "Business consequence under clause 5.4 of the agreed supply contract: further shipments suspended until the debt is paid. Not a legal threat.",
  "Задолженность по договору поставки № 118/25 — приостановка отгрузок",
  "Уважаемый Игорь Петрович!\n\nНесмотря на наши напоминания, счета INV-96140 и INV-96152 на общую сумму 3 915 000,00 ₽ за мебель для административного здания остаются неоплаченными с 16 февраля 2026 г. В соответствии с п. 5.4 договора поставки отгрузка следующих партий приостанавливается до погашения задолженности. Если оплате что-то мешает, наш кредитный менеджер готов созвониться с вами.\n\nС уважением,\n" + RU_SIG)

D("ru", "OK", False,
  "Returned payment; the customer's account is shown only by its last four digits; our INN and KPP are public company identifiers.",
  "Возврат платежа по счёту INV-96230",
  "Здравствуйте, Марина!\n\nБанк вернул ваш платёж по счёту INV-96230 на сумму 418 760,00 ₽, отправленный со счёта, оканчивающегося на {MASK_RU4}, с пометкой «в платёжном поручении неверно указан КПП получателя». Для повторной отправки используйте реквизиты из счёта или ссылку https://pay.tessera.example/c/T9226. Наши ИНН 7704518263 и КПП 770401001 указаны в шапке счёта.\n\nС уважением,\n" + RU_SIG,
  masked=["оканчивающегося на {MASK_RU4}"])

D("ru", "LT+HA", False,
  "Angry human edit: calls the non-payment a disgrace and threatens a claim at the arbitration (commercial) court.",
  "Последнее предупреждение по INV-96077",
  "Виктор,\n\nхватит кормить нас обещаниями. Ваша контора третий месяц не может заплатить 785 000,00 ₽ за столы, на которых вы сидите, — это просто позор. Если деньги не придут до пятницы, подаём иск в арбитражный суд, и судебные расходы тоже лягут на вас.\n\n" + RU_SIG,
  trig=[("LT", None, "подаём иск в арбитражный суд"), ("HA", None, "это просто позор")])

D("ru", "SD", True,
  "Helpful reconciliation note to a school; one sentence quotes the customer's full 20-digit settlement account number with the bank's BIK.",
  "Сверка по счёту INV-96201",
  "Здравствуйте, Наталья!\n\nСпасибо за быстрый ответ и за акт сверки. Мы проверили поступления по счёту INV-96201 на сумму 956 400,00 ₽ (мебель для учебных классов, срок оплаты 4 марта 2026 г.). Для вашей бухгалтерии: частичная оплата 300 000,00 ₽ поступила 2 марта с вашего расчётного счёта {ACC_RU} в банке с БИК {BIK_RU}. Остаток 656 400,00 ₽ можно оплатить по ссылке https://pay.tessera.example/c/T9195. Если понадобятся копии УПД, пришлите запрос — отправим в тот же день.\n\nС уважением,\n" + RU_SIG,
  trig=[("SD", "account", "{ACC_RU}")])

D("ru", "TC", False,
  "Moves the due date to 30 April and stops reminders until then.",
  "Перенос срока оплаты INV-96166",
  "Здравствуйте, Денис!\n\nПо вашей просьбе переносим срок оплаты счёта INV-96166 (1 120 000,00 ₽) на 30 апреля 2026 г. До этой даты напоминаний не будет.\n\nС уважением,\n" + RU_SIG,
  trig=[("TC", None, "переносим срок оплаты счёта INV-96166")])

D("ru", "RC", True,
  "Formal ministry reminder; one sentence promises a reversal (сторно) for two tables and a corrective invoice document.",
  "Напоминание об оплате счёта INV-96179",
  "Уважаемая Елена Николаевна!\n\nБлагодарим за сотрудничество при оснащении конференц-зала вашего министерства. Напоминаем, что счёт INV-96179 на сумму 2 347 800,00 ₽ подлежал оплате 25 февраля 2026 г. По вашему письму о двух столах с повреждённой столешницей мы сделаем сторно на их стоимость, 86 400,00 ₽, и пришлём корректировочный УПД. Оплатить можно по ссылке https://pay.tessera.example/c/T9170 или по реквизитам из счёта. Будем рады ответить на любые вопросы.\n\nС уважением,\n" + RU_SIG,
  trig=[("RC", None, "мы сделаем сторно на их стоимость")])

# ---------------------------------------------------------------- Polish
PL_SIG = "Dział Rozliczeń\nTessera Meble Biurowe Sp. z o.o."

D("pl", "OK", False,
  "Restates the statutory interest for commercial transactions and the statutory EUR 40 recovery compensation; nothing new is imposed or waived.",
  "Przypomnienie: faktura INV-07315 - odsetki ustawowe",
  "Szanowna Pani Agnieszko,\n\nw odpowiedzi na Pani pytanie: zgodnie z ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia wymagalności należą się odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensata za koszty odzyskiwania należności w kwocie 40 euro, przeliczonej na złote. Faktura INV-07315 na kwotę 84 120,00 zł (meble do pokoi hotelowych) była płatna 20 lutego 2026 r. Płatności można dokonać pod adresem https://pay.tessera.example/c/T1031.\n\nZ poważaniem,\n" + PL_SIG)

D("pl", "OK", False,
  "Firm 'wezwanie do zapłaty' (formal payment demand) with a 7-day deadline; signed by our own 'Dział Windykacji' (collections department). No court, agency or register mentioned.",
  "Drugie wezwanie do zapłaty: INV-07288 (126 540,00 zł)",
  "Szanowni Państwo,\n\nfaktura INV-07288 na kwotę 126 540,00 zł za wyposażenie sal lekcyjnych Szkoły Podstawowej nr 7 była płatna 13 lutego 2026 r. i do dziś pozostaje nieopłacona. Prosimy o uregulowanie należności w ciągu 7 dni na rachunek wskazany na fakturze lub pod adresem https://pay.tessera.example/c/T1028. Jeśli płatność została już wysłana, prosimy o przesłanie potwierdzenia przelewu.\n\nZ poważaniem,\nDział Windykacji\nTessera Meble Biurowe Sp. z o.o. | NIP 5272840163")

D("pl", "OK", False,
  "Instalment request passed to the trade-credit manager without agreeing; invoice stays due on the original date.",
  "Odp: rozłożenie płatności INV-07301 na raty",
  "Dzień dobry Panie Tomaszu,\n\ndziękujemy za prośbę o rozłożenie płatności za fakturę INV-07301 (213 800,00 zł) na raty. Nie mogę sam zgodzić się na harmonogram spłat, dlatego przekazałem Pana wniosek do naszej kierowniczki ds. kredytu kupieckiego, pani Joanny Wiśniewskiej, która odpowie w ciągu dwóch dni roboczych. Do tego czasu faktura pozostaje płatna w pierwotnym terminie, 6 marca 2026 r.\n\nZ poważaniem,\n" + PL_SIG)

D("pl", "OK", False,
  "Overdue reminder to a municipal office with an ISO 11649 RF payment reference and our NIP - references and tax ids, not bank account numbers.",
  "Faktura INV-07322 - tytuł przelewu",
  "Dzień dobry,\n\nprzypominamy, że termin płatności faktury INV-07322 na kwotę 47 650,00 zł (krzesła konferencyjne dla Urzędu Gminy) minął 2 marca 2026 r. Przy przelewie prosimy podać w tytule referencję płatności {RF_PL} oraz nasz NIP 5272840163, aby płatność została automatycznie przypisana. Można też zapłacić pod adresem https://pay.tessera.example/c/T1032.\n\nZ poważaniem,\n" + PL_SIG)

D("pl", "DO+TC", False,
  "Agrees four instalments and writes off the late-payment interest.",
  "Odp: INV-07260 - propozycja spłaty",
  "Dzień dobry Pani Katarzyno,\n\nzgadzamy się na spłatę faktury INV-07260 (168 000,00 zł) w czterech ratach po 42 000,00 zł, pierwsza do 31 marca. Odsetki za opóźnienie umarzamy w całości.\n\nZ poważaniem,\n" + PL_SIG,
  trig=[("DO", None, "Odsetki za opóźnienie umarzamy w całości"), ("TC", None, "zgadzamy się na spłatę faktury INV-07260 (168 000,00 zł) w czterech ratach")])

D("pl", "SD", True,
  "Polite note about a returned transfer; one sentence quotes the customer's full IBAN.",
  "Zwrot przelewu - INV-07294",
  "Dzień dobry Panie Marku,\n\ndziękujemy za szybką reakcję w sprawie faktury INV-07294 na kwotę 58 300,00 zł za biurka dla biura projektowego. Przelew z 3 marca został zwrócony przez bank na Państwa rachunek {IBAN_PL} z powodu błędnego tytułu. Prosimy o ponowne wysłanie płatności z numerem faktury w tytule lub skorzystanie z linku https://pay.tessera.example/c/T1029. W razie pytań jestem do dyspozycji.\n\nZ poważaniem,\n" + PL_SIG,
  trig=[("SD", "iban", "{IBAN_PL}")])

D("pl", "FA", True,
  "Friendly school reminder; one clause admits we got the delivery address wrong, which delayed installation.",
  "INV-07277 - przypomnienie o płatności",
  "Szanowna Pani Ewo,\n\ndziękujemy za przesłanie protokołu odbioru mebli do pokoju nauczycielskiego. Przypominamy, że faktura INV-07277 na kwotę 39 880,00 zł była płatna 27 lutego 2026 r. Rozumiemy opóźnienie: to my pomyliliśmy się przy adresie dostawy, stąd dwudniowy poślizg montażu. Płatności można dokonać pod adresem https://pay.tessera.example/c/T1027; chętnie też prześlemy kopię faktury.\n\nZ poważaniem,\n" + PL_SIG,
  trig=[("FA", None, "to my pomyliliśmy się przy adresie dostawy")])

D("pl", "HA", True,
  "Courteous hotel reminder with one contemptuous clause calling the secretariat's answer a pathetic excuse.",
  "Przypomnienie: INV-07249",
  "Szanowny Panie Pawle,\n\nuprzejmie przypominamy o fakturze INV-07249 na kwotę 74 900,00 zł za zabudowę recepcji w Państwa hotelu, płatnej 9 lutego 2026 r. Pana sekretariat od miesiąca odpowiada, że „sprawa jest w toku”; szczerze mówiąc, trudno o bardziej żałosną wymówkę. Link do płatności: https://pay.tessera.example/c/T1024. Jeżeli potrzebują Państwo dodatkowych dokumentów, prosimy o informację.\n\nZ poważaniem,\n" + PL_SIG,
  trig=[("HA", None, "trudno o bardziej żałosną wymówkę")])
