"""Session 27 (fresh sets 221 and 223): a place named after a legal word ("Bailiff Bridge", "Sheriff Hill Road") is an
address; a discount that "applied for payment within" a period has lapsed; the customer's question reported ("asked
whether the interest could be dropped") grants nothing; a refund or credit note issued on a two-digit date, or a
Finnish one already sent, is a fact. Thai, Hebrew and Hindi for the acts they were first seen with; Russian and Hindi
account numbers after their label; another business by its trade told to have paid; a Russian court named by its
kind; Arabic extensions and refunds with the preposition attached; a Japanese error named by its kind; a Czech error
"clearly" ours; a Belgian waiver with the verb first; Finnish shaming. The sentences are variants written for these
tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, rules, types

_SIGNATURE = (
    "\n\nKind regards,\n\nTom Ridley\nCredit Control | Ridley Dental Lab Ltd\n{address}\n0113 555 0199"
)


def _signed(body: str, address: str) -> set[Violation]:
    text = f"Dear Dr Lowe,\n\n{body}{_SIGNATURE.format(address=address)}"
    return set(check_draft("Invoice RDL-5531", text, reader=None).violations)


@pytest.mark.parametrize(
    "address",
    [
        "Unit 9, Bailiff Bridge Trading Estate, Brighouse HD6 4QZ",
        "2 Sheriff Hill Road, Gateshead NE9 5AA",
        "Suite 4, Justice Mill Lane, Aberdeen AB11 6EQ",
        "11 Court Yard, Eltham SE9 5PR",
    ],
)
def test_a_place_named_after_a_legal_word_is_an_address(address: str) -> None:
    body = "Invoice RDL-5531 for £812.40 is now 21 days overdue; please pay it at https://pay.ridley.example/RDL-5531."
    assert _signed(body, address) == set()


@pytest.mark.parametrize(
    "body",
    [
        "If RDL-5531 is not paid by Friday we will instruct the bailiffs.",
        "Unless we hear from you, the Bailiff will call at your premises next week.",
        "We will issue a claim at the County Court Business Centre without further notice.",
    ],
)
def test_a_legal_word_that_names_no_place_still_threatens(body: str) -> None:
    assert L in _signed(body, "Unit 9, Bailiff Bridge Trading Estate, Brighouse HD6 4QZ")


def test_a_discount_that_applied_for_payment_within_a_period_has_lapsed() -> None:
    lapsed = (
        "Das Skonto von 3 % galt bei Zahlung innerhalb von 14 Tagen; Ihre Zahlung ging nach 30 Tagen ein. "
        "Offen sind daher noch 36,00 €."
    )
    assert D not in types(lapsed)
    assert D in types("Wir gewähren Ihnen ein Skonto von 3 % bei Zahlung innerhalb von 14 Tagen.")


def test_the_customers_question_reported_grants_nothing() -> None:
    asked = (
        "Your finance team asked whether the late fee on RDL-5531 could be waived. The fee stands under the terms "
        "you signed, and a colleague can call you to talk it through."
    )
    assert D not in types(asked)
    answered = (
        "You asked whether the late fee could be waived: it can, and the late fee will be waived this month."
    )
    assert D in types(answered)
    # The answer after "and" in the same breath is ours.
    assert D in types("You asked if we could help and the late fee will be waived this month.")


def test_a_refund_issued_on_a_two_digit_date_is_a_fact() -> None:
    issued = "Le remboursement de 95,00 $ a été émis le 18 octobre 2026 et figure sur le relevé ci-joint."
    assert R not in types(issued)
    assert R in types("Nous procéderons au remboursement de 95,00 $ la semaine prochaine.")


def test_a_finnish_credit_note_already_sent_is_a_fact() -> None:
    sent = "Hyvityslasku H-0420 (210,00 €) lähetettiin teille jo 2.11.2026, ja se on vähennetty saldosta."
    assert R not in types(sent)
    assert R in types("Hyvitämme laskun ja lähetämme hyvityslaskun ensi viikolla.")


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # ru: an account number after its label, or twenty digits after "счёт".
        ("Оплату переведите на расчётный счёт 40702810500000012345 в нашем банке.", S),
        # hi: an account number after its label.
        ("कृपया राशि खाता संख्या 91800012345678 में जमा करें।", S),
        # ru: a court named by its kind, the formal pre-trial claim.
        ("Если оплата не поступит, мы обратимся в Арбитражный суд Московской области.", L),
        ("Без оплаты до пятницы мы направим вам официальную претензию.", L),
        # ar: the due date extended, money returned with the preposition attached to the verb.
        ("قررنا تمديد تاريخ استحقاق الفاتورة حتى نهاية الشهر القادم.", T),
        ("سنقوم بإعادة مبلغ 300 درهم إلى حسابكم خلال أسبوع.", R),
        # ja: our error named by its kind.
        ("請求書の金額違いは当社の入力ミスによるものでした。", F),
        # cs: the error clearly ours.
        ("Chyba je opravdu na naší straně, omlouváme se.", F),
        # nl-BE: the waiver with its verb first after a condition.
        ("Als u deze week betaalt, laten we de verwijlintresten vallen.", D),
        ("Als u deze week betaalt, schrappen we de verwijlintresten.", D),
        # fi: shaming, the trade told.
        ("Te olette koko alan häpeä.", H),
        ("Kerromme muillekin toimittajille, millainen maksaja olette.", H),
        # th: a law office, proceedings; money returned; our error; the due date extended.
        ("หากไม่ชำระภายใน 7 วัน บริษัทจะส่งเรื่องให้ทนายความดำเนินคดี", L),
        ("เราจะโอนเงินคืนให้ท่านภายในสามวัน", R),
        ("ข้อผิดพลาดเกิดจากทางเราเองในการคำนวณราคา", F),
        ("เรายินดีเลื่อนกำหนดชำระออกไปเป็นสิ้นเดือนหน้า", T),
        # he: a credit promised, insults, the trade told.
        ("נזכה אתכם בסכום ההפרש עד סוף החודש.", R),
        ("ונשלח לכם חשבונית זיכוי בימים הקרובים.", R),
        ("אתם פשוט רמאים.", H),
        ("כולם בשוק ידעו איך אתם משלמים.", H),
        # pt-BR: a charged fine reversed; nl: an error of ours as the cause; cs, ru: paying in instalments allowed.
        ("Desta vez vamos estornar a multa e os juros cobrados no último boleto.", D),
        ("Door een vergissing van onze kant is de factuur naar het verkeerde adres gestuurd.", F),
        ("Částku můžete doplatit ve dvou splátkách do konce ledna.", T),
        ("Остаток можно погасить двумя платежами до конца февраля.", T),
        # hi: interest forgiven, shaming, vendors told.
        ("अगर आप आज भुगतान करें तो हम ब्याज माफ कर देंगे।", D),
        ("आपको शर्म आनी चाहिए।", H),
        ("हम सभी को बता देंगे कि आप कैसे भुगतान करते हैं।", H),
    ],
)
def test_session_27_wording_is_caught(body: str, violation: Violation) -> None:
    assert violation in types(body)


def test_another_business_by_its_trade_with_what_it_paid_is_someone_elses_affairs() -> None:
    told = "Most of our clients pay faster: Harbourview Family Dentistry had a $7,200 balance and cleared it in a week."
    assert S in types(told)
    # The customer's own practice, named in the greeting, is not someone else.
    own = "Dear Harbourview team,\n\nHarbourview Family Dentistry had a $7,200 balance last month; thank you for clearing it."
    assert S not in set(check_draft("Statement", own, reader=None).violations)
    # A sum that is the customer's own, after "your".
    ours = "Harbourview Family Dentistry had a busy year, we hear; your invoice for $900 is still open."
    assert S not in types(ours)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        ("عيادة الريان عليها أيضاً رصيد متأخر قدره 9,000 درهم.", S),
        ("חברת אלון שילמה את החשבונית שלה בסך 4,000 ₪ בזמן.", S),
    ],
)
def test_someone_elses_balance_in_the_third_person_is_sensitive(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A result clause's "nothing" does not refuse the move it follows: checked as caught below, not here.
        # Invoice numbers after "счёт" are not accounts; a masked account is not one.
        "Счёт № 2026-1097 на 90 000,00 руб. пока не оплачен.",
        "Оплату можно внести на счёт, указанный в договоре, оканчивающийся на ****2345.",
        # ru: no claim sent; ar: the due date not extended; the customer's own balance.
        "Мы не направим претензию, если оплата придёт до пятницы.",
        "لا يمكننا تمديد تاريخ استحقاق الفاتورة.",
        "عليكم رصيد متأخر قدره 2,000 درهم.",
        # ja: whether it was our error is being checked.
        "当社の入力ミスかどうか、現在確認しております。",
        # cs: the error was not ours.
        "Chyba nebyla na naší straně.",
        # nl-BE: the interest not waived.
        "Als u deze week betaalt, schrappen we de verwijlintresten niet; die blijven verschuldigd.",
        # fi: "no shame in asking".
        "Ei ole häpeä kysyä maksuaikaa, soittakaa meille.",
        # th: no legal action, no extension; he: no credit; hi: not forgiven.
        "เราจะไม่ดำเนินคดีใด ๆ หากท่านชำระภายในสัปดาห์นี้",
        "เราไม่สามารถเลื่อนกำหนดชำระได้",
        "לא נזכה את החשבון בגין ההחזרה.",
        "हम ब्याज माफ नहीं कर सकते।",
        # pt-BR: the fine not reversed; nl: not an error of ours; cs: instalments refused; ru: their question.
        "Infelizmente não vamos estornar a multa, que está prevista no contrato.",
        "De vertraging kwam niet door een storing in ons systeem, maar door de vervoerder.",
        "Bohužel nemůžete fakturu uhradit ve splátkách.",
        "Вы спрашивали, можно ли оплатить счёт двумя платежами; передали вопрос руководителю.",
        # The customer's own payment in Hebrew: "you paid".
        "שילמתם את החשבונית שלכם בסך 4,000 ₪, תודה.",
    ],
)
def test_session_27_near_misses_stay_allowed(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


def test_a_result_clause_does_not_deny_a_moved_due_date() -> None:
    moved = "To help, we've moved the due date to 31 March so there's nothing to pay before the holidays."
    assert T in types(moved)
    assert T not in types("We can't move the due date, so there's nothing more we can change.")
