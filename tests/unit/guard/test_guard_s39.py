"""Session 39: Kazakh, which the rules had not read, for the court, the penalty struck off, the refund, the blame and
the due date; due dates moved as a favour in Polish, Czech, Russian, Ukrainian, Bulgarian, Spanish and Portuguese; a
bill split past tense into monthly payments; terms of "90 days instead of 30"; an English "we've set you up on
fortnightly payments"; a Dutch charge "let go this once"; the blame "entirely ours" in Bulgarian and Russian; "who
cannot pay should not be farming" shaming; another business with a sum "pending" named in Spanish, Portuguese and
Italian. Kept clear: a street named after a court ("ул. Съдебна", "ul. Sądowa"), what the customer's own invoice was
for, a refund or discount request passed on, and the denials of each. The sentences are written for these tests,
not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "Егер 15 сәуірге дейін төлем болмаса, сотқа жүгінуге мәжбүр боламыз.",
        "Берешекті сот арқылы өндіріп аламыз.",
        "Төлем түспесе, істі коллекторлық агенттікке береміз.",
    ],
)
def test_a_court_or_a_collector_in_kazakh_is_a_legal_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Сотқа жүгінбейміз, мәселені келіссөз арқылы шешкіміз келеді.",
        "Біздің кеңсе Сот көшесінде емес, Абай даңғылында орналасқан.",
    ],
)
def test_kazakh_court_denied_or_named_as_a_place_is_no_threat(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Осы айда төлесеңіз, өсімпұлды толығымен алып тастаймыз.",
        "Ұзақ серіктестік үшін 5% жеңілдік береміз.",
        "De incassokosten die we hebben berekend, laten we deze keer vallen.",
        "De wettelijke rente laten wij graag zitten als u deze week betaalt.",
    ],
)
def test_a_penalty_struck_off_in_kazakh_or_a_dutch_charge_let_go_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Өсімпұлды алып тастамаймыз, ол шартта көрсетілген.",
        "Қайтарылған тауар үшін 10% жеңілдік жасамаймыз.",
    ],
)
def test_a_charge_kept_is_no_discount(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Артық төленген 52 000,00 теңгені шотыңызға қайтарамыз.",
        "Қайтарылған сорғы үшін ақшаңызды осы аптада қайтарамыз.",
    ],
)
def test_money_paid_back_in_kazakh_is_a_refund_promise(body: str) -> None:
    assert R in types(body)


def test_a_refund_refused_in_kazakh_is_no_refund_promise() -> None:
    assert R not in types("Өкінішке орай, бұл соманы қайтармаймыз: тауар пайдаланылған.")


@pytest.mark.parametrize(
    "body",
    [
        "Проверихме фактурата. Грешката е изцяло наша, извиняваме се.",
        "Мы всё проверили: ошибка полностью наша.",
        "Провина цілком наша, вибачте.",
        "Қателік біз тараптан кетті, кешірім сұраймыз.",
    ],
)
def test_the_blame_entirely_ours_is_a_fault_admission(body: str) -> None:
    assert F in types(body)


def test_the_blame_denied_in_bulgarian_is_no_admission() -> None:
    assert F not in types("Вината не е изцяло наша: поръчката беше променена от вас.")


@pytest.mark.parametrize(
    "body",
    [
        "Per aiutarvi, la fattura FT-88 potrà essere saldata a 60 giorni anziché a 30.",
        "Podemos aceptar el pago a 90 días en lugar de 30 por esta vez.",
        "Wir gewähren Ihnen ausnahmsweise 60 Tage statt 30.",
        "Wiemy, że to trudny okres: termin płatności przesunęliśmy na 30 czerwca.",
        "Срок оплаты перенесли с 10 апреля на 20 мая, как вы просили.",
        "Тут не поспішайте: термін оплати подовжили до кінця червня.",
        "Tranquilo, te dejamos el vencimiento para fin de mes.",
        "Sem problema, deixamos o vencimento para 15 de julho.",
        "Как договаривались, разделили сумму на три ежемесячных платежа.",
        "We've set you up on monthly instalments of GBP 250.00 from 1 May.",
        "Төлем мерзімін 30 маусымға дейін ұзарттық.",
    ],
)
def test_a_due_date_moved_or_a_plan_set_up_as_a_favour_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Termin płatności nie przesunęliśmy; faktura jest płatna 20 marca.",
        "Срок оплаты не перенесли: он остаётся 10 апреля.",
        "No te dejamos el vencimiento para más adelante, lo siento.",
        "We haven't set you up on a monthly plan; the full amount is due on 30 April.",
        "Il prezzo è di 60 euro anziché 80 grazie alla promozione ormai chiusa, e la scadenza resta il 30 aprile.",
    ],
)
def test_a_date_kept_or_a_plan_only_offered_to_discuss_is_no_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Фермер, който не може да си плати сеялката, не трябва да се занимава със земеделие.",
        "Тот, кто не может оплатить ремонт, вообще не должен заниматься фермерством.",
        "Frankly, a grower who can't pay for a repair has no business farming.",
    ],
)
def test_who_cannot_pay_should_not_be_in_the_trade_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Por cierto, la Farmacia Central del Dr. Vidal tiene también 2.400,00 € pendientes con nosotros.",
        "Aliás, a Academia Atlântica de Surf tem ainda R$ 3.100,00 em aberto conosco.",
        "El Club Deportivo Sierra Norte, que compró el mismo lote, todavía nos debe 980,00 €.",
    ],
)
def test_another_business_with_a_sum_pending_is_sensitive(body: str) -> None:
    assert S in types(body)


def test_the_readers_own_business_with_its_sum_pending_is_not_sensitive() -> None:
    verdict = check_draft(
        "Saldo de la Farmacia Central",
        "Estimado Dr. Vidal:\n\nLa Farmacia Central tiene 2.400,00 € pendientes; puede pagar en el enlace de la "
        "factura.\n\nUn saludo,\nAdministración",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA not in verdict.violations


@pytest.mark.parametrize(
    "body",
    [
        "La factura FV-120 por 740,00 € (viaje de fin de curso del Instituto Monte Alto) venció el 3 de abril.",
        "A fatura FT-77, no valor de R$ 5.200,00, referente ao torneio da Associação Vale Verde, está em aberto.",
    ],
)
def test_what_the_customers_own_invoice_was_for_is_not_another_customer(body: str) -> None:
    assert S not in types(body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Напомняне: фактура 512",
            "Седалище: ул. „Съдебна“ 4, Пловдив. Моля, платете фактурата до 30 април.",
        ),
        ("Przypomnienie: FV/512", "Adres: ul. Sądowa 9, Lublin. Prosimy o zapłatę faktury do 30 kwietnia."),
        ("Нагадування: рахунок 512", "Адреса: вул. Судова 3, Львів. Просимо сплатити рахунок до 30 квітня."),
        ("Emlékeztető: 512", "Címünk: Bíróság utca 7, Szeged. Kérjük, fizesse ki a számlát április 30-ig."),
    ],
)
def test_a_street_named_after_a_court_is_no_legal_threat(subject: str, body: str) -> None:
    assert L not in types(body, subject)


def test_a_court_threat_beside_such_a_street_is_still_a_threat() -> None:
    body = "Седалище: ул. „Съдебна“ 4. Ако не платите до 30 април, ще заведем дело в съда."
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Os pedidos de reembolso são tratados pela nossa equipa comercial; reencaminhei o seu.",
        "Las solicitudes de devolución son gestionadas por el área de ventas; ya le he pasado la suya.",
    ],
)
def test_refund_requests_handled_by_someone_else_are_no_refund_promise(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Quanto allo sconto che mi chiedevi, non decido io: ho passato la richiesta al commerciale.",
        "Sobre el descuento que me pedías, lo decide mi responsable; ya se lo he trasladado.",
    ],
)
def test_a_discount_they_asked_for_passed_on_is_no_discount(body: str) -> None:
    assert D not in types(body)
