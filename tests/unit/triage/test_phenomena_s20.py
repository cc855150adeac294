"""Phenomena learned from blind sets 146 and 147 (linen hire, event venues), each widened across languages: a payment
waiting on papers named by a pronoun, proof of delivery by its local name, an invoice reissued to a new entity or tax
id, a billing address to update, a deferral or a spread over the coming months, a passive future promise, "ultimo"
and "this week" in more languages, a reminder handed on and asked of others, a writer who left, an invoice called
unjustified, a refusal in the Nordic languages, Estonian; each next to a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from chalicelib.domain.amounts import find_amounts
from tests.unit.triage import mail

DATE = "Tue, 03 Mar 2026 10:00:00 +0100"
TODAY = date(2026, 3, 3)
read = partial(mail.read, date_header=DATE)


_dates = partial(mail.dates, today=TODAY)


# --- a payment that waits on papers we must send, named by a pronoun ------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Before we can release it, our chef wants to see the signed delivery dockets for January. Once we have those "
        "we'll get it paid.",
        "Wir brauchen bitte die unterschriebenen Lieferscheine. Sobald wir diese haben, zahlen wir die Rechnung.",
        "Merci de nous envoyer les bons de livraison signés. Dès que nous les aurons, nous réglerons la facture.",
    ],
)
def test_a_payment_waiting_on_papers_we_send_is_a_document_request(body: str) -> None:
    out = read(body)
    assert out["intent"] == "document_request"
    assert out["promised_date"] is None


def test_a_dated_payment_that_waits_on_nothing_is_still_a_promise() -> None:
    out = read("We have the delivery dockets, thanks. We'll get it paid on Friday.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-06"


def test_once_we_have_it_paid_is_no_condition_on_us() -> None:
    # the payment itself, not papers from us: "once we have it paid" is the writer's own step
    out = read("The invoice is approved; once we have it paid on Friday I'll send you the remittance.")
    assert out["intent"] == "promise_to_pay"


# --- proof of delivery by its local name ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Vă rog să ne retrimiteți factura și procesul-verbal de predare-primire semnat. Nu le găsim în arhivă.",
        "Mohon dikirimkan salinan faktur dan surat jalan yang sudah ditandatangani.",
        "Kindly send us a copy of the invoice and the proof of delivery.",
    ],
)
def test_a_copy_and_proof_of_delivery_asked_for_is_a_document_request(body: str) -> None:
    assert read(body)["intent"] == "document_request"


def test_proof_of_delivery_with_goods_missing_is_still_a_dispute() -> None:
    out = read(
        "The delivery docket says 40 tablecloths but we only received 28. We won't pay for the missing 12."
    )
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "quantity"


# --- the invoice reissued to a new entity, name or tax id ---------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Mohon faktur INV-1234 diterbitkan ulang atas nama PT Cahaya Abadi dengan NPWP 01.234.567.8-012.000, karena "
        "nama perusahaan kami berubah per 1 Maret.",
        "Bitte stellen Sie die Rechnung INV-1234 neu auf die Alpenrose Hospitality AG, UID CHE-555.123.456 MWST, aus.",
        "Das Hotel wurde per 1. Januar 2026 von der Alpenrose AG übernommen. Bitte senden Sie uns eine neue Rechnung.",
        "Merci de mettre à jour l'adresse de facturation et de nous renvoyer la facture INV-1234 corrigée.",
        "Mohon kemas kini alamat pengebilan kami dan hantar semula invois.",
    ],
)
def test_an_entity_name_or_address_change_is_a_billing_update(body: str) -> None:
    assert read(body)["intent"] == "billing_update"


@pytest.mark.parametrize(
    "body",
    [
        "Merci de nous renvoyer une copie de la facture INV-1234, nous ne la trouvons plus.",
        "Mohon kirimkan salinan faktur INV-1234, kami tidak menemukannya.",
    ],
)
def test_a_plain_copy_asked_for_stays_a_document_request(body: str) -> None:
    assert read(body)["intent"] == "document_request"


# --- an extension or a spread over the coming months ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("Molimo Vas za odgodu plaćanja računa INV-1234 do 15. travnja 2026.", "2026-04-15"),
        ("Is there any way we could pay it down over the next few months?", None),
        ("Could we pay the balance over the next three months?", None),
        ("¿Podríamos pagar el resto en los próximos tres meses?", None),
    ],
)
def test_a_deferral_or_a_spread_is_a_plan_request(body: str, first: str | None) -> None:
    out = read(body)
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] == first


def test_payments_over_the_past_months_are_no_plan() -> None:
    out = read("We will pay it on Friday, as we have every month over the past year.")
    assert out["intent"] == "promise_to_pay"


# --- a promise in the passive future; "ultimo", "this week" in more languages --------------------------------------
@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Beløbet på 18.750,00 kr. bliver betalt ultimo marts.", "2026-03-31"),
        ("Factura INV-1234 va fi achitată în această săptămână, prin ordin de plată.", "2026-03-06"),
        ("Tasume arve INV-1234 summas 1 140,00 eurot sel reedel.", "2026-03-06"),
    ],
)
def test_a_passive_or_estonian_promise_is_dated(body: str, day: str) -> None:
    out = read(body)
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == day


def test_a_negated_passive_future_is_no_promise() -> None:
    assert read("Factura nu va fi achitată până nu primim nota de credit.")["intent"] != "promise_to_pay"


def test_ultimo_as_a_spanish_adjective_names_no_day() -> None:
    assert _dates("dos pagos de 2.000,00 € y un último de 1.940,00 €") == []
    assert _dates("betales ultimo.") == [date(2026, 3, 31)]
    assert _dates("4,200,000원은 이번 달 말까지 입금하겠습니다") == [date(2026, 3, 31)]


def test_estonian_euro_is_an_amount() -> None:
    found = find_amounts("summas 1 140,00 eurot")
    assert [(a.value, a.currency) for a in found][:1] == [(Decimal("1140.00"), "EUR")]


# --- a reminder handed on and asked of others ---------------------------------------------------------------------
def test_handed_on_and_asked_of_others_is_an_acknowledgement() -> None:
    out = read(
        "Thanks - I've passed this on to our accounts team and asked them to include it in the next payment run."
    )
    assert out["intent"] == "acknowledgement"


def test_handed_on_with_a_dated_payment_is_still_a_promise() -> None:
    out = read("I've passed this on to our accounts team and asked them to pay it on Friday.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-06"


# --- a writer who left, or who asks off the thread ----------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "I left the association back in January so I can't help with this. Not sure who's doing their books now.",
        "I handle the artist's management. This invoice should go to the promoter. Please take me off this thread.",
        "J'ai quitté l'association en janvier, je ne peux pas vous aider.",
    ],
)
def test_a_writer_who_left_is_the_wrong_contact(body: str) -> None:
    assert read(body)["intent"] == "wrong_contact"


def test_a_colleague_who_left_the_office_early_is_no_wrong_contact() -> None:
    assert (
        read("I left the office early yesterday; we will pay the invoice on Friday.")["intent"]
        == "promise_to_pay"
    )


# --- an invoice called unjustified; a Nordic refusal; a Swiss duplicate ------------------------------------------
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Wij hebben het huurcontract schriftelijk opgezegd per 1 januari. De factuur INV-1234 is dus onterecht.",
            "cancelled",
        ),
        (
            "Der er ikke udstedt nogen indkøbsordre (PO) til den levering. Vi betaler ikke fakturaen uden et gyldigt "
            "PO-nummer.",
            "missing_po",
        ),
        ("Die Rechnung INV-1234 ist eine doppelte Verrechnung. Bitte stornieren Sie sie.", "duplicate"),
        ("Cette facture est donc injustifiée, le contrat a été résilié en décembre.", "cancelled"),
    ],
)
def test_an_unjustified_or_refused_invoice_is_a_dispute(body: str, reason: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == reason


def test_a_nordic_payment_not_today_is_no_refusal() -> None:
    out = read("Vi betaler ikke i dag, men beløbet bliver betalt på fredag.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-06"


def test_a_disclaimer_received_in_error_is_no_dispute() -> None:
    out = read(
        "Wij betalen de factuur vrijdag. Als u dit bericht onterecht heeft ontvangen, verwijder het dan.",
    )
    assert out["intent"] == "promise_to_pay"


# --- a payment run that went out ----------------------------------------------------------------------------------
def test_an_eft_that_went_out_is_a_paid_claim() -> None:
    out = read("Our EFT for INV-1234 went out on March 2 for $6,780.25, reference EFT-22817.")
    assert out["intent"] == "paid_claim"
    assert out["paid_date"] == "2026-03-02"


def test_an_eft_that_will_go_out_is_a_promise() -> None:
    assert read("Our EFT for INV-1234 will go out on Friday.")["intent"] == "promise_to_pay"
