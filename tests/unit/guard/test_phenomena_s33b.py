"""Session 33b (fresh set 333, IT managed services and software resellers): a debt reported to a credit information
bureau (pl) or a claim assigned to an outside firm for its recovery without the word "Inkasso" (de, en); part paid and
the rest taken on by us (ko, ja, en); a line reversed as a promise (ru/uk/bg/cs/pl storno); our billing owned as a
fact, a colleague who entered it wrongly, hours booked for another client (bg, ru, en); instalments granted in other
words (sl, hr, nl, en, de) and a due date moved in the Baltic active past (lv, lt, et); sarcasm that their "in progress"
is a permanent state (he, en, de, nl), shame over professionalism and what it "says about" them (ro, en), their own
boast turned on them (en); another customer's late payment with its sum as an example (ar). Kept clear: our legal
department confirming a clause or receiving their question (tr, pl), and a street named after a court (sv, nb, da, fi,
hu, tr, pl, cs, ru). The sentences are written for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Credit bureau, an outside firm for recovery.
        ("Bez wpłaty do końca miesiąca zgłosimy zadłużenie do biura informacji gospodarczej.", L),
        ("Po terminie dane o długu trafią do Krajowego Rejestru Długów.", L),
        (
            "Sonst müssen wir die Forderung an eine spezialisierte Firma abtreten, die sich dann bei Ihnen meldet.",
            L,
        ),
        ("Danach beauftragen wir einen externen Partner zur Beitreibung.", L),
        ("After that we will assign the debt to an external provider who specialises in recovery.", L),
        # Part paid, the rest on us.
        ("이번 주 안에 1,000,000원만 송금해 주시면 나머지 잔액은 당사에서 면제 처리해 드리겠습니다.", D),
        ("50万円だけお振込みいただければ、残額は弊社で処理いたします。", D),
        ("If you pay just £2,000 this week, we'll take care of the rest.", D),
        # A line reversed.
        ("Эту строку мы сторнируем в течение недели.", R),
        ("Цю позицію ми сторнуємо до кінця місяця.", R),
        ("Tuto položku stornujeme a pošleme opravný doklad.", R),
        # Our billing owned as a fact.
        ("Проверихме и наистина сме фактурирали 15 часа вместо договорените 10.", F),
        ("Мы действительно выставили 30 лицензий вместо согласованных 25.", F),
        ("Колегата ни от склада е въвел грешна цена.", F),
        ("Наш менеджер ввёл неверное количество в заказ.", F),
        ("We did invoice 40 seats instead of the agreed 35.", F),
        ("The call-out was charged to your site but the visit was actually for another customer.", F),
        ("You're right that the travel costs shouldn't be on your invoice.", F),
        # Instalments granted, a due date moved.
        ("Znesek lahko plačate v treh obrokih do konca junija.", T),
        ("Iznos možete platiti u četiri mjesečne rate.", T),
        ("Geen bezwaar: je kunt het in twee delen betalen, in mei en juni.", T),
        ("You can pay the balance in three equal parts over the summer.", T),
        ("Sie können den Betrag gern in drei Teilen überweisen.", T),
        ("Maksājuma termiņu esam pagarinājuši līdz 15. maijam.", T),
        ("Mokėjimo terminą perkėlėme į gegužės 20 d.", T),
        ("Oleme maksetähtaja pikendanud 10. juunini.", T),
        # Sarcasm, shame.
        ('נראה ש"בבדיקה" אצלכם זה מצב קבוע.', H),
        (
            "Perhaps a new ticketing tool would help, though probably that won't help either; 'pending' seems to be a "
            "permanent state with you.",
            H,
        ),
        ("'In Bearbeitung' ist bei Ihnen wohl ein Dauerzustand.", H),
        ("Ne-am fi așteptat la mai multă seriozitate din partea dumneavoastră.", H),
        ("It says a lot about how you treat your suppliers.", H),
        ("For a company that prides itself on uptime, ignoring six reminders is a bit rich.", H),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


def test_another_customers_late_sum_as_an_example_is_sensitive() -> None:
    body = "على سبيل المثال، تأخر سداد شركة الريان للتجارة لمبلغ 95,000 ريال لدينا لمدة شهرين."
    assert S in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Not reported, not assigned; our own collections team.
        ("Nie przekażemy informacji do biura informacji gospodarczej, jeśli ureguluje Pan saldo.", L),
        ("Wir werden die Forderung nicht an einen Dienstleister abtreten.", L),
        ("Unser Forderungsmanagement meldet sich bei Fragen gern.", L),
        ("We will not pass the account to an external provider.", L),
        # Part paid, the rest still owed.
        ("일부만 입금해 주시면 나머지 금액은 계속 청구됩니다.", D),
        ("If you pay just part of it now, the rest remains due on 30 June.", D),
        # A reversal already made or refused.
        ("Эта позиция не будет сторнирована.", R),
        ("Мы не сторнируем эту позицию, работы выполнены.", R),
        # The billing denied, a condition.
        ("Не сме фактурирали повече от договореното.", F),
        ("If you think an item shouldn't be on your invoice, tell us which one.", F),
        # Instalments refused.
        ("Zneska žal ne morete plačati v obrokih.", T),
        ("U kunt het bedrag helaas niet in delen voldoen.", T),
        ("You cannot pay it in three parts, I'm afraid.", T),
        ("Maksājuma termiņu neesam pārcēluši.", T),
        # A fault that is a permanent condition of hardware, a plain expectation.
        ("The fault seems to be a permanent condition of the disk controller.", H),
        ("Ne-am aștepta la plata facturii până la 30 aprilie.", H),
        # What a report says, a claim already assigned to a factor, a query passed to the installer.
        ("Our monitoring report says a lot about how you manage your network.", H),
        ("Ghidul spune multe despre modul în care vă putem ajuta.", H),
        (
            "Wir haben die Forderung an einen Dritten abgetreten; bitte zahlen Sie künftig an die Factor GmbH.",
            L,
        ),
        ("We passed your invoice query to the external partner who installed the cabling.", L),
        # Our legal department as a colleague.
        ("Sorunuzu hukuk birimimize ilettik; sözleşmenin 7. maddesinin geçerli olduğunu teyit ettiler.", L),
        ("Dział prawny potwierdził, że zgodnie z § 4 umowy przedłużenie jest skuteczne.", L),
        # Streets named after a court.
        ("Fakturaadress: Domstolsvägen 12, 831 31 Östersund.", L),
        ("Kontor: Tingrettsveien 3, 0150 Oslo.", L),
        ("Adres: ul. Sądowa 5, 30-001 Kraków.", L),
        ("Adres: Adliye Caddesi No: 12, Kadıköy.", L),
        ("Адрес: ул. Судебная 3, Москва.", L),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)
