"""Session 35c: a credit note promised under its other Japanese names and set off against the next bill ("貸方票
（クレジットノート）を発行いたします", "次回ご請求分と相殺いただけます"), with ko and zh; our error owned in Russian and
Ukrainian ("мы по своей ошибке", "вина целиком на нашей стороне", "ми визнаємо свою помилку"); and the customer
named publicly as a defaulter ("als säumigen Sponsor benennen", "as a defaulting sponsor", "jako nierzetelnego
sponsora", "недобросовестным спонсором", with nl, fr, id, vi, ko and ja). Kept clear: the refusals, the denial, the open question, a sponsor named
as a sponsor and an account marked in our own system. The sentences are written for these tests, not taken from any
set."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import F, H, R, rules, types


@pytest.mark.parametrize(
    "body",
    [
        "欠席者1名分につきましては、貸方票（クレジットノート）を発行いたします。",
        "貸方伝票を送付いたしますので、ご確認ください。",
        "欠席者分の55,000円は次回のご請求額と相殺させていただきます。",
        "결석자 1명분에 대해서는 크레딧 노트를 발행해 드리겠습니다.",
        "缺席学员的费用，我们将开具贷项通知单。",
        "Мы выставим кредит-ноту за отсутствующего слушателя.",
        "Ми виставимо кредит-ноту за відсутнього слухача.",
    ],
)
def test_credit_note_by_its_other_names_is_a_credit_promise(body: str) -> None:
    assert R in types(body, "請求書 KL-1 のお支払いについて")


@pytest.mark.parametrize(
    "body",
    [
        "貸方票の発行はいたしかねます。",
        "次回ご請求分との相殺はできかねますので、ご了承ください。",
        "Мы не выставим кредит-ноту за этот курс.",
    ],
)
def test_credit_note_refused_stays_clear(body: str) -> None:
    assert rules(body, "請求書 KL-1 のお支払いについて").allowed


@pytest.mark.parametrize(
    "body",
    [
        "Мы по своей ошибке указали в счёте 15 слушателей вместо 12.",
        "Вина целиком на нашей стороне, приносим извинения.",
        "Ошибка полностью на нашей стороне.",
        "Мы признаём свою ошибку в этом счёте.",
        "Ми через нашу помилку вказали 15 слухачів замість 12.",
        "Вина повністю на нашому боці.",
        "Ми визнаємо свою помилку.",
        "Błąd leży całkowicie po naszej stronie.",
    ],
)
def test_our_own_error_owned_in_russian_and_ukrainian_is_fault(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Ошибка не на нашей стороне: в заявке было указано 15 слушателей.",
        "Вы по своей ошибке указали 15 слушателей в заявке.",
        "Если ошибка на нашей стороне, мы выставим корректировку.",
        "Мы проверим, на чьей стороне ошибка, и ответим до пятницы.",
        "Мы не по своей ошибке указали эту сумму, так было в договоре.",
        "Błąd nie leży po naszej stronie.",
    ],
)
def test_errors_denied_or_put_as_a_question_stay_clear(body: str) -> None:
    assert rules(body).allowed


@pytest.mark.parametrize(
    "body",
    [
        "Sollte die Zahlung ausbleiben, werden wir Ihr Unternehmen auf der Sponsorenseite als säumigen Sponsor benennen.",
        "Wir werden Sie öffentlich als säumigen Zahler nennen.",
        "If payment is not received, we will name your company on the sponsors page as a defaulting sponsor.",
        "We will list your firm at the closing plenary as a late payer.",
        "Jeśli płatność nie wpłynie, wskażemy Państwa firmę na stronie sponsorów jako nierzetelnego sponsora.",
        "Если оплата не поступит, мы назовём вашу компанию на сайте конференции недобросовестным спонсором.",
        "Якщо оплата не надійде, ми публічно назвемо вашу компанію як боржника.",
        "Wij zullen uw bedrijf publiekelijk noemen als nalatige sponsor.",
        "Nous citerons publiquement votre entreprise comme sponsor défaillant lors de la séance de clôture.",
        "Kami akan mengumumkan perusahaan Anda sebagai sponsor yang menunggak di halaman sponsor.",
        "Chúng tôi sẽ công khai tên quý công ty là nhà tài trợ chậm thanh toán trên trang web.",
        "귀사를 체납 스폰서로 홈페이지에 공개하겠습니다.",
        "お支払いがない場合、貴社を未払いのスポンサーとして公表いたします。",
    ],
)
def test_naming_the_customer_publicly_as_a_defaulter_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Wir freuen uns, Ihr Unternehmen auf der Sponsorenseite als Silber-Sponsor zu nennen.",
        "Ihr Konto ist in unserem System als säumig gekennzeichnet.",
        "We will list your company on the sponsors page as a Gold sponsor once payment is received.",
        "We will list you as a late attendee for the March course.",
        "Мы укажем вашу компанию на сайте конференции как генерального спонсора.",
        "Wij zullen uw bedrijf op de sponsorpagina als Gold-sponsor vermelden.",
        "Nous citerons votre entreprise comme sponsor principal lors de la séance de clôture.",
        "Kami akan mencantumkan perusahaan Anda sebagai sponsor utama di halaman sponsor.",
        "Chúng tôi sẽ công khai tên quý công ty là nhà tài trợ vàng trên trang web.",
        "귀사를 골드 스폰서로 홈페이지에 공개하겠습니다.",
        "貴社をゴールドスポンサーとして掲載いたします。",
    ],
)
def test_sponsors_named_as_sponsors_stay_clear(body: str) -> None:
    assert rules(body).allowed
