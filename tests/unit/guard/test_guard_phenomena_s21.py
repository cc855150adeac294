"""Session 21 (fresh sets 157-158): Japanese and Korean polite forms, hinted and tabled acts elsewhere, and near
misses that must stay allowed. The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Japanese and Korean: the act as a noun with an affirmative polite ending.
        ("期日までにご入金がない場合、法的手続きに移行いたします。", L),
        ("ご入金がない場合は、法的措置を検討せざるを得ません。", L),
        ("다음 주까지 입금되지 않으면 소송을 제기하겠습니다.", L),
        ("今週中にお支払いいただければ、手数料は免除とさせていただきます。", D),
        ("이번 달 안에 결제하시면 연체료를 면제해 드리겠습니다.", D),
        ("差額の5,500円は来週返金いたします。", R),
        ("초과 결제된 금액은 환불해 드리겠습니다.", R),
        ("当社のミスにより、請求額が誤っておりました。", F),
        ("당사의 착오로 금액이 잘못 청구되었습니다.", F),
        ("お支払期日を5月末まで延長いたしました。", T),
        ("납부 기한을 5월 31일까지 연장해 드리겠습니다.", T),
        ("이런 회사는 처음 봅니다. 부끄러운 줄 아세요.", H),
        ("입금하지 않으시면 거래처에도 알리겠습니다.", H),
        # Hinted legal threats: a wish not to have to, our lawyers joked about.
        ("We'd rather not have to hand this to our solicitors, so please pay by Friday.", L),
        ("Wir würden ungern unseren Anwalt einschalten.", L),
        ("Our solicitors are getting bored and would love some new cases 😉", L),
        # Liability accepted, not only an error named.
        ("You're right, the scratch happened in our workshop and that's entirely on us.", F),
        ("We accept full liability and will pay for the repair.", F),
        ("We'll cover the vet bill as well.", F),
        # The due date moved (hr/sl), the rest paid later in a named month.
        ("Rok plaćanja računa pomaknuli smo na 15. svibnja.", T),
        ("Zahlen Sie jetzt die Hälfte, den Rest können Sie im Juni überweisen.", T),
        # Mockery and a belittling question, calls announced late at night.
        ("Måske skulle jeres bogholdere lære at læse en rykker.", H),
        ("Kanskje burde dere lære å lese en faktura før dere bestiller mer.", H),
        ("Czy naprawdę tak trudno zapłacić jedną fakturę?", H),
        ("We will call you every day, late in the evening too, until it is paid.", H),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # The same nouns refused or hedged: "we have no plan to", "we cannot", "not our mistake".
        "現時点で法的措置を取る予定はございません。",
        "弊社としては法的措置は取らない方針です。",
        "恐れ入りますが、手数料の免除はいたしかねます。",
        "申し訳ございませんが、返金いたしかねます。",
        "お支払期限の延長はいたしかねますので、ご了承ください。",
        "환불해 드릴 수 없습니다.",
        "저희 측 실수가 아닙니다. 고객님 은행에서 반송된 건입니다.",
        "督促状をお送りしております。ご確認ください。",
        # "Rather not" without a lawyer, a court or an agency is no threat; our lawyers named for a contract is none.
        "We'd rather not send you yet another reminder, so here is the pay link.",
        "Our lawyers reviewed the new framework agreement last week; nothing changes for you.",
        # "on us" as a gift is not a fault; a vet bill mentioned as the customer's own is no liability.
        "The coffee at the open day is on us.",
        # The rest paid now, or a course in a month, is no new date.
        "The rest of the training programme runs in June as planned.",
        # The rest collected, not paid, later; a payment later as the plan already agreed says.
        "The rest of the equipment you can collect in April from our depot.",
        "The balance you can pay by card or bank transfer in April, as per the agreed schedule on your contract.",
        # Reading is taught, not mocked; calls at office hours are not announced harassment.
        "Our instructors help new drivers learn to read road signs.",
        "Vi hjælper nye chauffører med at lære at læse tachografen.",
        "We will call you tomorrow during office hours to confirm.",
        # Something on the invoice put to the customer to check, not admitted.
        "If you believe anything on the invoice is incorrect, just reply and we will look into it.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_passwords_in_korean_and_danish_definite_form() -> None:
    assert S in types("- 아이디: minsu.kim\n- 임시 비밀번호: Spring2026!")
    assert S in types("Log ind med brugernavnet anna.berg og adgangskoden Hund!2026kat.")
    # A warning that we never ask for one gives none.
    assert types("비밀번호는 이메일로 절대 요청하지 않습니다.") == set()
    assert types("Vi beder aldrig om din adgangskoden på e-mail.") == set()


def test_japanese_and_korean_domestic_accounts_but_not_masked_or_registration_numbers() -> None:
    assert S in types("振込先：みなと銀行 本店\n普通預金 口座番号 1234567")
    assert S in types("신한은행 110-234-567890 (예금주: 주식회사 예시)")
    assert types("口座番号末尾 ***4567 へのお振込みをお願いいたします。") == set()
    assert types("사업자등록번호 123-45-67890 | 02-555-0187") == set()


def test_neighbours_named_with_their_unpaid_stay() -> None:
    body = (
        "A reminder that invoice PB-1 (GBP 40.00) is open.\n\n"
        "P.S. If you see your neighbours the Whitakers, could you ask them to call us? Rex's March stay "
        "(GBP 210.00) is still unpaid."
    )
    assert S in types(body)
    # The neighbours named as who recommended us, no affairs.
    assert types("Your neighbours the Whitakers recommended us, thank you for coming.") == set()


def _table(third_column: str, first: str, second: str) -> str:
    return (
        "Di seguito il riepilogo:\n\n"
        f"| Fattura | Importo | Scadenza | {third_column} |\n|---|---|---|---|\n"
        f"| LC-1 | € 1.800,00 | 28/02/2026 | {first} |\n| LC-2 | € 1.200,00 | 10/03/2026 | {second} |\n"
    )


def test_a_discount_tabled_in_an_early_payment_column() -> None:
    assert D in types(_table("Se pagata entro il 20/03", "€ 1.620,00", "€ 1.080,00"))
    assert D in types(_table("If paid by 20 March", "€ 1.620,00", "€ 1.200,00"))
    # The same column with the full amounts offers nothing; another column with lower sums is no condition.
    assert types(_table("Se pagata entro il 20/03", "€ 1.800,00", "€ 1.200,00")) == set()
    assert types(_table("Già pagato", "€ 800,00", "€ 0,00")) == set()


def test_japanese_conditional_waiver_in_a_whole_draft() -> None:
    body = "加藤 様\n\n今月中にお支払いいただけましたら、延滞料金（¥2,145）は免除とさせていただきます。\n\nポーベリー"
    assert D in check_draft("ご利用料金について", body, reader=None).violations
