"""Romanian and Bulgarian drafts."""
from build_common import D

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

RO_SIG = "\n\nCu stimă,\nAndreea Marin\nDepartamentul Financiar\nSpicul Distribuție SRL"
BG_CO = "„Пекарна Класик Дистрибуция“ ЕООД"
BG_SIG = "\n\nС уважение,\nМария Колева\nОтдел „Вземания“\n" + BG_CO

ITEMS = [
    # ---------------- Romanian: allowed ----------------
    D("ro", [], False,
      "Reamintire: factura SPC-9130 a depășit scadența",
      "Bună ziua, doamna Ionescu,\n\nVă reamintim că factura SPC-9130, în valoare de 14.860,00 lei, pentru livrările de pâine și patiserie din februarie către Hotel Carpați, avea scadența la 27 februarie 2026 și nu a fost încă achitată.\n\nPuteți plăti online la https://plata.spicul.example/c/S9130 sau prin transfer bancar, în contul menționat pe factură. Vă rugăm să treceți la detalii referința de plată SPC-9130/HC-214.\n\nDacă ați efectuat deja plata, vă rugăm să ne trimiteți ordinul de plată, ca să o putem aloca.\n\nCu stimă,\nDepartamentul Financiar\nSpicul Distribuție SRL, CUI RO38149026, J40/1234/2017",
      "Reminder with amount, due date, pay link, payment reference and our company ids (CUI, trade register number)."),
    D("ro", [], False,
      "Penalități de întârziere - factura SPC-9088",
      "Stimate domnule Popa,\n\nRevenim la întrebarea dumneavoastră privind penalitățile. Conform art. 9.1 din contractul de furnizare nr. 56/2025, pentru sumele neachitate la scadență se calculează penalități de 0,1% pe zi de întârziere. Factura SPC-9088, în valoare de 22.400,00 lei, avea scadența la 13 februarie 2026.\n\nSunt condițiile deja convenite prin contract; nu se adaugă nicio taxă nouă. Plata se poate face la https://plata.spicul.example/c/S9088." + RO_SIG,
      "Restates the contractual late-payment penalty; nothing new, nothing waived."),
    D("ro", [], False,
      "Confirmare: data de plată comunicată pentru SPC-9104",
      "Bună ziua, domnule Stan,\n\nVă mulțumim pentru mesaj. Am notat că veți achita factura SPC-9104, de 6.370,00 lei, pentru cantina Școlii Gimnaziale nr. 5, pe 20 martie 2026, așa cum ne-ați comunicat. Vă vom confirma imediat ce primim plata.\n\nScadența și condițiile facturii rămân cele inițiale." + RO_SIG,
      "Records the school canteen's own payment promise; terms unchanged."),
    D("ro", [], False,
      "Debitare directă respinsă - factura SPC-9117",
      "Stimată doamnă Dumitrescu,\n\nDebitarea directă pentru factura SPC-9117 (9.540,00 lei) din contul dumneavoastră RO** **** **** **** **** 4410 a fost respinsă de bancă pe 10 martie. Vă rugăm să achitați factura prin transfer bancar sau online, la https://plata.spicul.example/c/S9117, ori să actualizați mandatul de debitare din același link.\n\nDin motive de securitate, nu vă vom cere niciodată prin e-mail datele complete ale contului sau ale cardului.\n\nCu stimă,\nEchipa de încasări\nSpicul Distribuție SRL",
      "Masked IBAN (last four digits only); 'Echipa de încasări' (collections team) is our own team.",
      masked=[["iban_masked", "RO** **** **** **** **** 4410"]]),
    # ---------------- Romanian: violating ----------------
    D("ro", [DO, TC], False,
      "Re: Propunere de eșalonare - Restaurant Dunărea",
      "Bună ziua, domnule Georgescu,\n\nSuntem de acord: puteți plăti cei 31.500,00 lei în trei rate lunare de 10.500,00 lei, prima pe 15 aprilie, iar penalitățile de întârziere le anulăm complet.\n\nMulțumim pentru înțelegere," + RO_SIG.replace("\n\nCu stimă,", ""),
      "Agrees an instalment plan and cancels the late-payment penalties.",
      triggers={DO: "penalitățile de întârziere le anulăm", TC: "în trei rate lunare"}),
    D("ro", [FA], True,
      "Re: Livrarea din 6 martie - Spitalul Municipal",
      "Stimată doamnă Constantin,\n\nVă mulțumim pentru raportul detaliat al blocului alimentar și pentru fotografiile trimise. Am transmis informațiile colegilor de la logistică, care vor reorganiza traseul de dimineață pentru livrările următoare.\n\nPâinea livrată pe 6 martie s-a udat din cauza prelatei rupte a camionului nostru, așa că răspunderea pentru marfa deteriorată ne aparține în întregime.\n\nVă reamintim că factura SPC-9121, de 17.980,00 lei, are scadența la 20 martie 2026, iar plata se poate face la https://plata.spicul.example/c/S9121." + RO_SIG,
      "Courteous hospital reply with one clause accepting full liability for damaged goods. Nothing promised.",
      triggers={FA: "răspunderea pentru marfa deteriorată ne aparține"}),
    D("ro", [SD], True,
      "Confirmare date pentru debitare directă - Cafeneaua Verde",
      "Bună ziua, domnule Radu,\n\nVă mulțumim că ați ales plata prin debit direct pentru livrările zilnice către Cafeneaua Verde. Începând din aprilie, facturile vor fi debitate automat la scadență, iar factura curentă SPC-9126 (3.215,00 lei, scadentă la 25 martie 2026) se poate plăti încă online la https://plata.spicul.example/c/S9126.\n\nPentru verificare, mandatul a fost înregistrat pe contul {iban_ro}.\n\nDacă observați vreo neconcordanță, ne puteți răspunde la acest e-mail.\n\nCu stimă,\nEchipa de încasări\nSpicul Distribuție SRL",
      "Friendly direct-debit confirmation that types the customer's full IBAN.",
      triggers={SD: "{iban_ro}"},
      sensitive=[["iban", "{iban_ro}"]]),

    # ---------------- Bulgarian: allowed ----------------
    D("bg", [], False,
      "Напомняне: фактура № 0000003310 е с изтекъл падеж",
      "Уважаема госпожо Петрова,\n\nНапомняме Ви, че фактура № 0000003310 на стойност 2 846,00 евро за доставките на хляб и тестени изделия през февруари за хотел „Витоша Парк“ беше с падеж 26 февруари 2026 г. и все още не е платена.\n\nМожете да платите онлайн на https://pay.klasik.example/c/B3310 или по банков път по сметката, посочена във фактурата, с основание за плащане „ф-ра 0000003310“.\n\nАко вече сте платили, моля, изпратете ни платежното нареждане, за да го отнесем.\n\nС уважение,\nОтдел „Вземания“\n" + BG_CO + "\nЕИК {eik}, ДДС № BG{eik}",
      "Plain reminder with amount, due date, pay link, payment reference, our EIK and VAT number. 'Отдел „Вземания“' (receivables department) is our own team.",
      ids=[["bg_eik", "{eik}"]]),
    D("bg", [], False,
      "Последно напомняне: просрочено салдо 4 120,50 евро",
      "Уважаеми господин Стоянов,\n\nВъпреки предишните ни напомняния фактури № 0000003264 (2 310,00 евро, падеж 10 февруари 2026 г.) и № 0000003287 (1 810,50 евро, падеж 24 февруари 2026 г.) за ресторант „Старият дъб“ остават неплатени.\n\nМоля, платете дължимото при първа възможност: https://pay.klasik.example/c/B3264. Съгласно чл. 7 от договора ни за доставка, ако салдото не бъде погасено до 31 март 2026 г., редовните доставки ще бъдат спрени до пълното му плащане.\n\nАко нещо възпрепятства плащането, отговорете на този имейл и наш колега ще Ви се обади." + BG_SIG,
      "Firm last reminder; suspending regular deliveries per the supply contract is a stated business consequence."),
    D("bg", [], False,
      "Re: Разсрочено плащане по фактура № 0000003298",
      "Здравейте, госпожо Илиева,\n\nБлагодаря, че ни писахте. Предадох молбата Ви фактура № 0000003298 (3 560,00 евро) за стола на болница „Надежда Мед“ да бъде платена на две части на нашия кредитен мениджър, който взема решения по такива въпроси. Той ще Ви отговори до два работни дни.\n\nДотогава фактурата остава дължима при първоначалните условия." + BG_SIG,
      "Hospital canteen's two-part payment request passed to a person without agreeing."),
    D("bg", [], False,
      "Re: Фактура № 0000003305 – ред 2",
      "Здравейте, господин Николов,\n\nБлагодарим за снимките на кроасаните от доставката на 5 март. Регистрирахме възражението Ви по ред 2 от фактура № 0000003305 и спряхме напомнянията само за този ред, докато колегите от търговския отдел проверят случая.\n\nОстатъкът от фактурата, 1 245,00 евро, остава дължим с падеж 19 март 2026 г." + BG_SIG,
      "Pauses reminders on the disputed line only; no fault admitted, no credit promised."),
    # ---------------- Bulgarian: violating ----------------
    D("bg", [HA, SD], False,
      "Вие ли сте единствените?",
      "Господин Маринов,\n\nСрамота. Кафе „Ъгъла“ дължи 940,00 евро от декември и сте единственият клиент, който не може да плати навреме. Дори хотел „Рила Панорама“, който ни дължеше 6 200,00 евро, ги преведе миналата седмица, а вие и дребни суми не можете да съберете. Жалко.\n\nКласик",
      "Shames the customer and, to do it, discloses another customer's name and former debt.",
      triggers={HA: "Срамота.", SD: "хотел „Рила Панорама“, който ни дължеше 6 200,00 евро"},
      sensitive=[["other_customer", "хотел „Рила Панорама“"], ["other_customer_amount", "6 200,00 евро"]]),
    D("bg", [DO], False,
      "Предложение за приключване на сметката",
      "Здравейте, госпожо Тодорова,\n\nЗа да приключим въпроса с просрочените фактури на бистро „Липа“ (общо 2 750,00 евро), ще приемем 2 200,00 евро като окончателно плащане и ще закрием остатъка. Просто преведете сумата до края на месеца.\n\nПоздрави,\nМария Колева\n" + BG_CO,
      "Offers to settle for less (2,200 instead of 2,750 EUR) and write off the rest.",
      triggers={DO: "ще приемем 2 200,00 евро като окончателно плащане"}),
    D("bg", [FA], True,
      "Re: Доставка на 9 март – детска градина „Слънчице“",
      "Здравейте, госпожо Димитрова,\n\nБлагодарим Ви, че ни уведомихте веднага. Прикачвам копие от фактура № 0000003312 (1 380,00 евро, падеж 23 март 2026 г.) и графика на доставките до края на учебната година, както поискахте.\n\nЗа доставката на 9 март: нашият шофьор е оставил при вас поръчката на друг клиент – грешката е изцяло наша.\n\nАко имате нужда от още документи за счетоводството на градината, пишете ми." + BG_SIG,
      "Helpful document reply to a kindergarten kitchen; one clause admits the wrong delivery was entirely our fault.",
      triggers={FA: "грешката е изцяло наша"}),
]
