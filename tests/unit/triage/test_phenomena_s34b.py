"""Session 34b (blind 346/347): a payment made just now in Portuguese, Spanish and French, dated today; a hedged
payment the writer refuses to promise; an invoice that never came in Slovak; passed on for approval in Dutch and a
board review in Portuguese; a Korean promise with the light verb "처리". Each with a near miss."""

from __future__ import annotations

import pytest

from tests.unit.triage.mail import read

_WED = "Wed, 11 Mar 2026 10:00:00 +0100"


def _read(body: str, date_header: str = _WED) -> dict[str, object]:
    return read(body, date_header=date_header)


@pytest.mark.parametrize(
    "body",
    [
        "Acabamos de pagar por transferência agora há pouco.",
        "Acabo de hacer la transferencia hace un momento.",
        "Je viens de régler la facture à l'instant.",
        "Nous venons d'effectuer le virement à l'instant.",
        "I paid it just now by card.",
    ],
)
def test_a_payment_made_just_now_is_paid_today(body: str) -> None:
    got = _read(body)
    assert got["intent"] == "paid_claim"
    assert got["paid_date"] == "2026-03-11"


def test_a_payment_still_to_make_right_after_is_no_payment() -> None:
    assert _read("Vamos pagar assim que recebermos a nota de crédito.")["intent"] != "paid_claim"


@pytest.mark.parametrize(
    "body",
    [
        "We will probably be able to pay next week, but I can't promise a firm date. I'll come back to you.",
        "Probablemente pagaremos la semana que viene, pero no puedo prometerle una fecha.",
        "Nous payerons probablement la semaine prochaine, mais je ne peux pas vous promettre de date.",
        "Wir zahlen wahrscheinlich nächste Woche, aber ein festes Datum kann ich Ihnen nicht versprechen.",
        "Provavelmente vamos pagar na próxima semana, mas não posso prometer uma data.",
        "Probabil vom putea plăti săptămâna viitoare, dar nu vă pot promite o dată sigură.",
    ],
)
def test_a_hedged_payment_the_writer_refuses_to_promise_is_no_promise(body: str) -> None:
    got = _read(body)
    assert got["intent"] != "promise_to_pay"
    assert got["promised_date"] is None


def test_a_payment_promised_without_its_exact_date_is_still_a_promise() -> None:
    got = _read("We will pay it next week. I can't promise an exact date yet, but it will be paid.")
    assert got["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Dobrý deň, faktúru sme nedostali, pošlite nám ju prosím ešte raz v PDF.", "document_request"),
        ("Dobrý deň, faktúru sme nedostali. Pošlite ju prosím znova.", "document_request"),
        (
            "Ik heb de factuur doorgezet naar onze controller voor akkoord. U hoort uiterlijk vrijdag van ons.",
            "acknowledgement",
        ),
        (
            "A fatura vai ser analisada na reunião da administração de quinta-feira. Depois dessa reunião dou-lhe "
            "notícias.",
            "acknowledgement",
        ),
    ],
)
def test_an_invoice_not_received_and_a_reply_passed_on_for_approval(body: str, intent: str) -> None:
    got = _read(body)
    assert got["intent"] == intent
    assert got["promised_date"] is None


def test_goods_not_received_in_slovak_is_no_copy_request() -> None:
    assert _read("Tovar sme nedostali, faktúru neuhradíme.")["intent"] != "document_request"


def test_a_korean_transfer_handled_within_this_week_is_promised_for_friday() -> None:
    got = _read(
        "인보이스 금액은 이번 주 안으로 송금 처리하겠습니다.", date_header="Mon, 23 Mar 2026 07:40:15 +0900"
    )
    assert got["intent"] == "promise_to_pay"
    assert got["promised_date"] == "2026-03-27"


def test_a_korean_transfer_already_handled_is_a_payment() -> None:
    assert (
        _read("어제 송금 처리했습니다.", date_header="Mon, 23 Mar 2026 07:40:15 +0900")["intent"]
        == "paid_claim"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Nous contestons cette facture : l'écran présentait des pixels morts et aucun matériel de "
        "remplacement n'a été fourni. Merci de nous faire un avoir.",
        "Je ne paierai pas cette facture en l'état. Merci de me faire un avoir ou de nous renvoyer des produits conformes.",
        "Osporavamo račun: grafike su bile krivo otisnute. Tražimo umanjenje računa.",
        "We won't pay this invoice: the LED wall had dead pixels all week. Please issue a credit note.",
    ],
)
def test_equipment_that_failed_is_a_quality_dispute(body: str) -> None:
    got = _read(body)
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == "quality"


def test_a_compliant_delivery_confirmed_is_no_dispute() -> None:
    assert (
        _read("Les produits livrés sont conformes, merci. Le virement part vendredi.")["dispute_reason"]
        is None
    )
