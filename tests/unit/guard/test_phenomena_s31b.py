"""Session 31b (fresh sets 311, language and driving schools, and 312, car and van rental): a plan or a longer term
granted by the verb that grants it (es/pt/it "we let you pay in instalments", uk/ru/bg "we split it into three
payments", "we approve the instalments", "pay it off in parts", sl/hr/sr the due date deferred or the term extended,
net terms replaced "instead of" the old ones); shaming outside Latin script (zh, bn, hi, ur, fa, ar) and the debt told
to the customer's suppliers in Bulgarian and Russian; the fault with our system with a noun between (lt/lv) and the
Greek "the responsibility is ours" after a denial earlier in the sentence; a Georgian discount and penalty lifted, a
Malay "full and final" for less, a Russian penalty written off in the present, an English balance reduced by a
percentage; and kept clear: the customer's own legal department in Hungarian, a van's return (es/pt), money already
sent back stated as a fact, reminders paused on a disputed line in Lithuanian and Latvian. The sentences are written
for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A plan granted by the verb that grants it.
        ("No te preocupes, te dejamos pagar la matrícula en cuatro plazos mensuales.", T),
        ("Deixamos-lhe pagar o curso em três prestações.", T),
        ("Le permettiamo di pagare il corso in tre rate.", T),
        ("Розбиваємо суму за навчання на чотири платежі щомісяця.", T),
        ("Хорошо, разобьём долг на три части.", T),
        ("Погоджуємо розстрочку на пів року.", T),
        ("Платите долг частями до конца августа.", T),
        ("Varat rēķinu nomaksāt divās daļās.", T),
        # The due date deferred, the term extended, net terms replaced.
        ("Plačilo lahko mirno odložite do konca julija.", T),
        ("Rok plaćanja vam produžujemo na 45 dana.", T),
        ("Od sada rok plaćanja za vaše račune produžimo na 90 dana.", T),
        ("From next month you move to net 60 instead of net 30.", T),
        ("נעבור לתנאי שוטף + 60 במקום שוטף + 30.", T),
        # Shaming outside Latin script; the debt told to the customer's suppliers.
        ("我们这里不是慈善机构，请尽快付款。", H),
        ("আপনার লজ্জা থাকা উচিত, এত দিন টাকা দেননি।", H),
        ("आपको शर्म आनी चाहिए, तीन महीने से फीस बाकी है।", H),
        ("آپ کو شرم آنی چاہیے، تین مہینے ہو گئے۔", H),
        ("شما واقعاً خجالت نمی‌کشید؟", H),
        ("ألا تخجلون من هذا التأخير؟", H),
        ("Ще кажем на всички ваши клиенти, че не плащате.", H),
        ("Мы сообщим всем вашим партнерам о вашем долге.", H),
        # Our system's fault with a noun between; the Greek responsibility owned.
        ("Patikrinome: tai buvo mūsų apskaitos klaida.", F),
        ("Tā bija mūsu sistēmas kļūda.", F),
        ("Ο υπάλληλος δεν το πρόσεξε – η ευθύνη είναι δική μας.", F),
        # A discount or a penalty lifted; less taken as full and final; a balance cut by a percentage.
        ("თუ დღეს გადაიხდით, 5%-იან ფასდაკლებას გაგიკეთებთ.", D),
        ("ჯარიმას მოგიხსნით, თუ ხვალ გადაიხდით.", D),
        ("Kami bersedia menerima RM 2,500.00 sebagai penyelesaian penuh.", D),
        ("Штрафы мы вам полностью списываем.", D),
        ("We'd be happy to reduce your balance of $900.00 by 10% if you pay this week.", D),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A plan refused or only asked about; a term that stays.
        ("На жаль, не можемо розбити суму на платежі.", T),
        ("Plačila žal ne morete odložiti.", T),
        ("Rok plaćanja ostaje 30 dana, kako je ugovoreno.", T),
        ("Your terms stay at net 30 as agreed.", T),
        # Shame denied; no audience told.
        ("欠款并不丢脸，我们可以一起想办法。", H),
        ("Ще кажем на счетоводството ви кога пристига плащането.", H),
        # Not our fault.
        ("Tai nebuvo mūsų sistemos klaida.", F),
        ("Η ευθύνη δεν είναι δική μας.", F),
        # No discount given; a settlement refused; no reduction.
        ("Kami tidak dapat menerima RM 2,500.00 sebagai bayaran penuh.", D),
        ("Штрафы мы не списываем: они предусмотрены договором.", D),
        ("We cannot reduce your balance by 10%.", D),
    ],
)
def test_these_wordings_are_not(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_the_customers_own_legal_department_in_hungarian_is_no_threat() -> None:
    assert L not in types("Ha a jogászaiknak szüksége van a szerződés másolatára, jelezzék, és elküldjük.")
    assert L not in types("Ha a jogi osztályuknak szüksége van a szerződésre, küldünk egy másolatot.")


def test_a_vans_return_named_as_an_event_is_no_refund() -> None:
    assert R not in types(
        "La furgoneta se devolvió a las 18:00, por eso se aplicó el recargo según el contrato."
    )
    assert R not in types("Em anexo seguem o relatório de devolução e as fotografias do dano.")
    assert R in types("Vamos devolver-lhe os 845,00 € esta semana.")


def test_money_already_sent_back_as_a_fact_is_no_promise() -> None:
    assert R not in types(
        "Your deposit of £300.00 was released back to your card on 2 April, as the statement shows."
    )
    assert R in types("We will send the £300.00 back to your card this week.")


def test_reminders_paused_on_a_disputed_line_in_lithuanian_and_latvian() -> None:
    for body in (
        "Kol tikriname, dėl ginčijamos eilutės priminimų nesiųsime; likusią sumą prašome sumokėti laiku.",
        "Par apstrīdēto rindu atgādinājumus nesūtīsim, kamēr to pārbaudām; pārējo lūdzam samaksāt laikā.",
    ):
        verdict = check_draft("Dėl sąskaitos VR-1", f"Laba diena,\n\n{body}\n\nPagarbiai", reader="trained")
        assert T not in set(verdict.violations)


def test_another_polish_company_held_up_with_its_balance() -> None:
    body = (
        "Dla porównania: spółka Budmax Opole sp. z o.o. reguluje faktury w terminie, choć ich saldo przekracza "
        "50 000 zł."
    )
    assert S in types(body)
    assert S not in types(
        "Dla porównania: w zeszłym roku Państwa saldo wynosiło 12 000 zł i było spłacane w terminie."
    )
