"""Session 29b (blind 277/278): constructions read across languages (a copy or a record of the work asked for, the
present or a future passive for a payment ahead, a charge that does not apply, a supplier not yet registered, the
wrong person by what they don't handle, an insolvency named, a payment with its sum between, week numbers and two
days either side), and what the second reader may not undo. Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from tests.unit.triage.mail import dates, eml, read

_WED = "Wed, 11 Mar 2026 10:00:00 +0100"
_FRI_AR = "Fri, 13 Mar 2026 10:00:00 -0300"
_SHIPPED = LocalTriage()


def _shipped(body: str, date_header: str = _WED) -> dict[str, object]:
    return _SHIPPED.triage(eml(body, date_header=date_header)).to_contract()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Моля, изпратете ни копие от фактурата, не можем да я намерим.", "document_request"),
        ("Приложено ви изпращаме копие от платежното нареждане.", "other"),
        ("Palun saatke üleandmise-vastuvõtmise akt, ilma selleta arvet ei kinnitata.", "document_request"),
        ("Antes de pagar necesitamos el remito firmado por el depósito. ¿Nos lo envían?", "document_request"),
        (
            "Precisamos da ordem de serviço assinada pelo técnico para liberar o pagamento.",
            "document_request",
        ),
        ("Could you send proof of service for the May visit? Our auditors need it.", "document_request"),
        # the record sent by the customer asks for nothing
        ("Anbei der unterschriebene Servicebericht zu Ihrer Information.", "other"),
    ],
)
def test_a_copy_or_the_record_of_the_work_asked_for_is_a_document_request(body: str, intent: str) -> None:
    assert read(f"Hello,\n\n{body}\n\nM.", date_header=_WED)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        # the present for the future; "el viernes" written on a Friday is that day
        ("El viernes te hacemos el pago de los $ 300.000,00.", "promise_to_pay", "2026-03-13"),
        ("El lunes les hacemos la transferencia.", "promise_to_pay", "2026-03-16"),
        ("Ya te hicimos la transferencia el lunes.", "paid_claim", None),
        ("El viernes no te podemos hacer la transferencia, la caja está vacía.", "other", None),
    ],
)
def test_the_spanish_present_with_a_day_ahead_promises(body: str, intent: str, promised: str | None) -> None:
    got = read(f"Hola,\n\n{body}\n\nSaludos", date_header=_FRI_AR)
    assert got["intent"] == intent
    assert got["promised_date"] == promised


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        ("La somme de 2 300,00 € sera virée d'ici la fin du mois.", "promise_to_pay", "2026-03-31"),
        ("L'importo di 1.200,00 € sarà bonificato entro venerdì.", "promise_to_pay", "2026-03-13"),
        ("El importe será abonado el próximo lunes.", "promise_to_pay", "2026-03-16"),
        ("Le solde ne sera pas versé tant que la machine ne fonctionne pas.", "other", None),
    ],
)
def test_the_sum_in_a_future_passive_is_a_promise(body: str, intent: str, promised: str | None) -> None:
    got = read(f"Bonjour,\n\n{body}\n\nA.", date_header=_WED)
    assert got["intent"] == intent
    assert got["promised_date"] == promised


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "The invoice adds a $95 call-out fee but the visit was under contract, so that fee shouldn't apply.",
            "dispute",
        ),
        ("Les frais de déplacement ne s'appliquent pas : le technicien venait de notre ville.", "dispute"),
        ("Die Anfahrtspauschale fällt bei uns nicht an, der Techniker war ohnehin vor Ort.", "dispute"),
        ("De voorrijkosten zijn niet van toepassing, de monteur was al in het pand.", "dispute"),
        # asked, not contested
        ("Does the call-out fee apply to weekend visits too?", "other"),
    ],
)
def test_a_charge_said_not_to_apply_is_contested(body: str, intent: str) -> None:
    got = read(f"Hi,\n\n{body}\n\nK.", date_header=_WED)
    assert got["intent"] == intent
    assert (got["dispute_reason"] is not None) == (intent == "dispute")


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "A vossa empresa ainda não está registada como fornecedor no nosso sistema; preencham o formulário de "
            "fornecedor em anexo.",
            "billing_update",
        ),
        ("Non siete ancora registrati come fornitori: compilate il modulo allegato.", "billing_update"),
        ("Siete registrati come fornitori dal 2019, il pagamento partirà venerdì.", "promise_to_pay"),
    ],
)
def test_a_supplier_not_yet_registered_is_a_billing_update(body: str, intent: str) -> None:
    assert read(f"Bom dia,\n\n{body}\n\nI.", date_header=_WED)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "contact"),
    [
        (
            "I run the front desk and can't approve invoices. All supplier payments go through our head office: "
            "ap@hq.example.",
            "wrong_contact",
            "ap@hq.example",
        ),
        (
            "Billing isn't something I handle. Our practice manager, Tom Reyes, looks after supplier invoices.",
            "wrong_contact",
            None,
        ),
        (
            "Ya no trabajo en la empresa. Por favor, envíen las reclamaciones de pago a pagos@cliente.example.",
            "wrong_contact",
            "pagos@cliente.example",
        ),
        # the right person, and a question about ours
        ("I look after the payments here and will pay it on Friday.", "promise_to_pay", None),
        (
            "Could you tell me who handles payments on your side? We'd like to set up a direct debit.",
            "other",
            None,
        ),
        # passed to the one who handles them: a receipt
        ("Ik heb hem doorgestuurd naar onze boekhouder, die regelt de betalingen.", "acknowledgement", None),
    ],
)
def test_the_wrong_person_by_what_they_do_not_handle(body: str, intent: str, contact: str | None) -> None:
    got = read(f"Hello,\n\n{body}\n\nN.", date_header=_WED)
    assert got["intent"] == intent
    assert got["new_contact_email"] == contact


def test_a_w9_asked_for_at_the_writers_own_address_is_no_wrong_contact() -> None:
    body = "Before we can release payment we need a current W-9 for your company. Please send it to this address."
    assert read(f"Hello,\n\n{body}\n\nR.", date_header=_WED)["intent"] == "document_request"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "The High Court has today appointed a provisional examiner to the company. Creditor correspondence should be "
            "addressed to examiner@firm.example.",
            "legal_or_insolvency",
        ),
        ("The company was placed in business rescue on 2 March.", "legal_or_insolvency"),
        ("В отношении нашей компании введена процедура банкротства.", "legal_or_insolvency"),
        ("Yhtiö on asetettu konkurssiin, pesänhoitaja on yhteydessä velkojiin.", "legal_or_insolvency"),
        ("Ettevõte on pankrotis, palun pöörduge pankrotihalduri poole.", "legal_or_insolvency"),
        # an examiner in the lab is a tester
        (
            "Our lab examiner signed off the calibration certificates; the invoice will be paid on Friday.",
            "promise_to_pay",
        ),
    ],
)
def test_an_insolvency_named_in_more_languages_is_legal(body: str, intent: str) -> None:
    assert read(f"Dear Sirs,\n\n{body}\n\nF.", date_header=_WED)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "paid"),
    [
        ("बिल का भुगतान ₹52,000 कल UPI से कर दिया गया है।", "paid_claim", "2026-03-10"),
        ("बिल का भुगतान अभी तक नहीं किया गया है, अगले हफ्ते कर देंगे।", "other", None),
        ("Оплата по счёту на сумму 58 000,00 руб. проведена вчера.", "paid_claim", "2026-03-10"),
        ("Оплата по счёту на сумму 58 000,00 руб. будет проведена в пятницу.", "promise_to_pay", None),
    ],
)
def test_a_payment_with_its_sum_between_noun_and_verb_is_claimed(
    body: str, intent: str, paid: str | None
) -> None:
    got = read(f"Namaste,\n\n{body}\n\nR.", date_header=_WED)
    assert got["intent"] == intent
    assert got["paid_date"] == paid


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Sarebbe possibile un pagamento rateale in tre rate mensili?", "payment_plan_request"),
        ("Hei,\n\nJeg er på kurs og er tilbake neste tirsdag.", "out_of_office"),
        ("Vi betaler fakturaen når jeg er tilbake neste uke.", "promise_to_pay"),
    ],
)
def test_instalments_in_italian_and_a_norwegian_absence(body: str, intent: str) -> None:
    assert read(f"{body}\n\nL.", date_header=_WED)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Na računu je obračunato 80 EUR po satu, a prema ponudi cijena je 65 EUR. Molimo ispravak računa.",
            "pricing",
        ),
        (
            "A proposta previa R$ 95,00 por hora, mas a fatura cobra R$ 120,00. Pedimos a revisão da fatura.",
            "pricing",
        ),
        (
            "W ofercie uzgodniono 150 zł za godzinę, a na fakturze jest 190 zł. Prosimy o korektę faktury.",
            "pricing",
        ),
        ("We dispute INV-1234: no engineer ever turned up for the service visit.", "not_received"),
        ("Aucun technicien n'est venu pour l'entretien facturé, nous contestons la facture.", "not_received"),
    ],
)
def test_the_price_agreed_set_against_the_invoice_and_work_never_done(body: str, reason: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nI.", date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)


def test_a_promise_whose_terms_name_no_agreed_price_stays_a_promise() -> None:
    body = "Prema ponudi plaćanje je u roku od 30 dana, platit ćemo do petka."
    assert read(f"Poštovani,\n\n{body}\n\nI.", date_header=_WED)["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "intent", "reason"),
    [
        (
            "Die Rechnung enthält keine Bestellnummer. Wir weisen sie deshalb zurück; bitte neu ausstellen mit PO "
            "4500012345.",
            "dispute",
            "missing_po",
        ),
        (
            "Bitte tragen Sie unsere Bestellnummer 4500012345 auf der Rechnung nach, dann zahlen wir sofort.",
            "billing_update",
            None,
        ),
    ],
)
def test_an_invoice_rejected_for_a_missing_po_is_contested(
    body: str, intent: str, reason: str | None
) -> None:
    for got in (
        read(f"Guten Tag,\n\n{body}\n\nB.", date_header=_WED),
        _shipped(f"Guten Tag,\n\n{body}\n\nB."),
    ):
        assert (got["intent"], got["dispute_reason"]) == (intent, reason)


@pytest.mark.parametrize(
    ("body", "intent", "field", "value"),
    [
        # a payment run in a week number, in the passive present: ahead, a promise for the second reader too
        ("Fakturaen er godkjent og blir betalt i uke 13.", "promise_to_pay", "promised_date", "2026-03-27"),
        ("Fakturan är godkänd och betalas vecka 13.", "promise_to_pay", "promised_date", "2026-03-27"),
        ("Fakturaen ble betalt i uke 10.", "paid_claim", "paid_date", "2026-03-06"),
        # a payment made two days ago stays a claim
        ("Sąskaitą apmokėjome užvakar.", "paid_claim", "paid_date", "2026-03-09"),
        # an Estonian record of the work asked for stays asked for
        ("Palun saatke meile tehtud tööde akt arve juurde.", "document_request", "paid_date", None),
    ],
)
def test_what_the_second_reader_may_not_undo(body: str, intent: str, field: str, value: str | None) -> None:
    got = _shipped(f"Hei,\n\n{body}\n\nK.")
    assert got["intent"] == intent
    assert got[field] == value


def test_an_objection_to_the_invoice_in_arabic_is_a_dispute_for_the_second_reader_too() -> None:
    got = _shipped("مرحبا،\n\nنعترض على الفاتورة لأن الصيانة لم تتم في الموعد ولم يحضر أي فني.\n\nشكرا")
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "not_received")


@pytest.mark.parametrize(
    ("text", "direction", "want"),
    [
        ("w 12. tygodniu", "future", date(2026, 3, 20)),
        ("in der 12. KW", "future", date(2026, 3, 20)),
        ("a 12. héten", "future", date(2026, 3, 20)),
        ("на 12-й неделе", "future", date(2026, 3, 20)),
        ("第12週", "future", date(2026, 3, 20)),
        ("betalas v. 12", "future", date(2026, 3, 20)),
        # counts of weeks and a dated "v." are no week numbers
        ("za 2 tygodnie", "future", date(2026, 3, 24)),
        ("через 2 недели", "future", None),
        ("v. 12.03.2026", "future", date(2026, 3, 12)),
        ("i förrgår", "past", date(2026, 3, 8)),
        ("üleeile", "past", date(2026, 3, 8)),
        ("ylihuomenna", "future", date(2026, 3, 12)),
    ],
)
def test_week_numbers_and_two_days_either_side(text: str, direction: str, want: date | None) -> None:
    got = dates(text, "past" if direction == "past" else "future", today=date(2026, 3, 10))
    assert (got[0] if got else None) == want
