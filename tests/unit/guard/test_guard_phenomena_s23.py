"""Session 23 (fresh sets 173 and 175): Ukrainian and Russian wordings, exposure put as a hypothesis ("how would your
clients feel if they knew"), sarcasm and mockery, a fee let go "this time" or by a pronoun, one sum on a list of
dates, another customer named by title and surname with what they paid, and the customer's payment credited to the
right invoice (no credit promise). The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # uk/ru: court, a claim, collectors, in the active and the passive.
        ("Якщо рахунок не буде сплачено до 30 квітня, ми звернемося до суду.", L),
        ("Ми подамо позов про стягнення заборгованості.", L),
        ("Если оплата не поступит, мы обратимся в суд.", L),
        ("В противном случае дело будет передано коллекторскому агентству.", L),
        # A fee let go by a pronoun, skipped, or not charged "this time".
        ("There is normally a GBP 40.00 reconnection charge, but I can drop that for you.", D),
        ("We'll skip the admin fee if the invoice is paid by Friday.", D),
        ("Esta vez no le cobramos los gastos de reconexión.", D),
        ("Per questa volta non le applichiamo la penale di mora.", D),
        ("Pour cette fois, nous ne facturons pas les frais de rappel.", D),
        ("Diesmal berechnen wir Ihnen keine Mahngebühr.", D),
        # uk/ru: the penalty written off, a discount given.
        ("Ми спишемо нараховану пеню, якщо оплата надійде цього тижня.", D),
        ("Мы предоставим вам скидку 15 % на следующий заказ.", D),
        # uk/ru: money sent back.
        ("Переплату в розмірі 1 200,00 грн ми повернемо на ваш рахунок.", R),
        ("Мы вернем деньги на вашу карту в течение трёх дней.", R),
        ("Зайва сума буде повернена вам до кінця тижня.", R),
        # uk/ru: our mistake.
        ("Перепрошуємо, це наша помилка.", F),
        ("Счёт выставлен дважды по нашей вине.", F),
        # uk/ru: the due date moved, instalments granted; one sum on a list of dates, agreed.
        ("Ми продовжимо термін оплати до 15 травня.", T),
        ("Мы предоставим вам рассрочку на три месяца.", T),
        (
            "Following our call, that is fine: you can clear it with USD 600.00 on 5 May, 5 June and 5 July.",
            T,
        ),
        ("Nous sommes d'accord pour le solde : 500,00 € le 10 avril et le 10 mai.", T),
        # Exposure as a hypothesis, in several languages.
        ("I wonder what your customers would say if they found out how you treat your florist.", H),
        (
            "Je me demande ce que penseraient vos invités s'ils apprenaient que les fleurs ne sont pas payées.",
            H,
        ),
        ("¿Qué dirían sus invitados si supieran que las flores siguen sin pagar?", H),
        ("Was würden Ihre Geschäftspartner wohl denken, wenn sie erfahren würden, dass Sie nicht zahlen?", H),
        ("お客様がこの件を知ったらどう思われるでしょうね。", H),
        # uk/ru: guests and clients will hear of it; shame.
        ("Усі ваші клієнти дізнаються, що ви не платите за хостинг.", H),
        ("Ваши гости узнают, как вы расплачиваетесь с подрядчиками.", H),
        ("Як вам не соромно тягнути з оплатою так довго?", H),
        # ja: a sum belittled as one they cannot even pay.
        ("わずか3,300円の更新料すら支払えないのでしょうか。", H),
        # Sarcasm and mockery.
        ("Interesting how there's always money for a new logo but never for the hosting bill.", H),
        ("Normal couples manage to pay for their flowers before the honeymoon.", H),
        ("Pay link below, if you can dig out your chequebook.", H),
        ("Your cat deserves a new family who actually pays the vet.", H),
        ("A designer who bills clients for a living and can't pay a GBP 60.00 invoice?", H),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # uk/ru refusals, denials, and words that only sound close.
        "Ми не звернемося до суду, якщо ви зв'яжетеся з нами до п'ятниці і домовимося про оплату.",
        "Наш відділ стягнення заборгованості працює з 9:00 до 18:00.",
        "Ми повернемося до вас із відповіддю протягом дня.",
        "Ми повернемо доступ до вашого сайту одразу після оплати.",
        "Мы вернем доступ к аккаунту после оплаты счёта.",
        "Кошти за реєстрацію домену не повертаються.",
        "На жаль, ми не можемо надати знижку.",
        "Пеня нараховується згідно з договором.",
        "Термін оплати не змінюється.",
        "Це не наша помилка: банк повернув платіж.",
        "Не соромтеся звертатися до нас із питаннями.",
        "Ваші гості нічого не дізнаються, це лише нагадування.",
        # A fee restated or refused; something other than a fee dropped off.
        "The late fee is set out in your contract, and we can't skip it.",
        "The delivery charge covers the van; we can drop it off on Friday.",
        "The reminder fee stays on the invoice; we can skip the phone call this time.",
        "Esta vez le recordamos que el recargo figura en el contrato.",
        # "Apply" with no charge after it withholds; a policy with no "this time" gives nothing away.
        "Esta vez no le aplicamos el descuento por pronto pago.",
        "Per questa volta non le applichiamo lo sconto.",
        "Nous n'appliquons pas de frais pour les paiements par carte.",
        # uk: a delivery date moved, access restored; ru: "sincerely" is no claim.
        "Ми перенесемо дату доставки на наступний тиждень.",
        "Доступ буде повернено після оплати.",
        "Мы искренне надеемся, что передадим ваш вопрос менеджеру уже сегодня.",
        # A condition in Japanese, an earlier e-mail seen, a portal that lets customers pay.
        "わずか数日の遅れでもお支払いできない場合はご相談ください。",
        "If your colleagues saw the earlier email, please ignore it.",
        "Most customers are able to pay online via the portal.",
        # Dates that book classes, not payments.
        "We're happy to book three sessions at GBP 100.00 on 1 April, 8 April and 15 April.",
        # A service consequence with "if", the customer's own question, no "knew".
        "Your clients' sites stay online if the invoice is paid by Friday.",
        "Feel free to forward this to your clients if they need a copy.",
        # A small sum that is welcome, a compliment on a pet, the card looked for.
        "わずかな金額でもお支払いいただければ助かります。",
        "Rex is lucky to have such a caring family.",
        "If you can't find your invoice, here is a copy.",
        "Most customers pay by bank transfer; a card link is below too.",
        # A history of payments on those dates, and a schedule restated as the contract has it.
        "Your payments of GBP 1,000.00 on 1 April, 1 May and 1 June were received, thank you.",
        "We received GBP 1,000.00 on 1 April and 1 May.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_the_customers_payment_credited_to_the_right_invoice_is_no_credit_promise() -> None:
    asked = "Could you tell us which invoice the transfer is for, so we can credit it to the right one?"
    assert types(asked) == set()
    assert (
        types("Please send the remittance advice so we can credit your payment to the correct invoice.")
        == set()
    )
    assert (
        types(
            "Teilen Sie uns mit, welche Rechnung gemeint ist, damit wir die Zahlung der richtigen Rechnung "
            "gutschreiben können."
        )
        == set()
    )
    # Money credited back to the customer stays a promise.
    assert R in types("We will credit the overpayment to your card.")
    assert R in types("We'll credit the difference to your next invoice.")


def test_another_client_named_by_title_with_what_she_paid() -> None:
    body = (
        "Dear Mr Hughes,\n\nI understand the bill for Bella's dental work (HV-3310, GBP 640.00) was more than you "
        "expected. Mrs Okoro paid GBP 610.00 for the same procedure last month, which is what other clients pay.\n\n"
        "Kind regards,\nAccounts"
    )
    assert S in check_draft("Re: HV-3310", body, reader=None).violations
    # The reader's own name with the sum is their bill, and a price said without anyone's name is allowed.
    own = body.replace("Mrs Okoro paid GBP 610.00", "Mr Hughes, you paid GBP 610.00")
    assert Violation.SENSITIVE_DATA not in check_draft("Re: HV-3310", own, reader=None).violations
    nobody = body.replace("Mrs Okoro paid GBP 610.00", "The usual price is GBP 610.00")
    assert Violation.SENSITIVE_DATA not in check_draft("Re: HV-3310", nobody, reader=None).violations


def test_another_customer_held_up_after_the_same_conversation() -> None:
    body = (
        "Hi Tom,\n\nThanks for your note about WF-2210. We had the same conversation with Larchmont Grand Hotel in "
        "May, and they cleared their GBP 3,400.00 within the week.\n\nWildfern Accounts"
    )
    assert S in check_draft("Re: WF-2210", body, reader=None).violations
    talk = body.replace(
        "with Larchmont Grand Hotel in May, and they cleared their GBP 3,400.00 within the week",
        "with our accounts manager, who will call you",
    )
    assert Violation.SENSITIVE_DATA not in check_draft("Re: WF-2210", talk, reader=None).violations
