"""Session 39, second round: a customer's request for instalments or a reduction passed to a person, in the languages it
came in ("I have sent your proposal to our credit manager, who will reply by Friday", "Hemos pasado su propuesta ...
a nuestro gerente", "Προωθήσαμε το αίτημά σας", "Du spørger, om vi kan give rabat", "an Herrn Mag. Huber
weitergegeben", "Vill du diskutera en avbetalningsplan kan du ringa ...", "che è l'unico a poter valutare");
statutory interest restated with nothing charged so far or nothing further ("To date we have not added any interest",
"Weitere Kosten fallen nicht an"); refunds that are not ours (a returned-debit fee, a reversal spoken of in general,
a supplier's credit note, a refund claimed from an authority, a payment applied once found, an incoming transfer);
labelled numbers that pass Luhn (a SIRET in a sentence, a Chinese customs declaration, a Japanese invoice registration
number); a statute named with a long bracket; our legal team handed a letter or confirming an invoice (hu).
Blocked: our own team told to reverse or credit a charge, the
colloquial German "verbockt", a Serbian Cyrillic one-word refund, a Korean credit note "로 처리", a Hungarian
password after "pedig", and other debtors listed or named (a list of tenants or members with their sums; es, ar, fa).
The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "I can't agree a payment plan myself, so I've sent your proposal (four payments of EUR 900.00 from May) to our "
        "credit controller, Dana Webb, who will reply by Friday.",
        "Hemos pasado su propuesta de pagar la factura en cuatro plazos a nuestro director financiero, que le contestará "
        "esta semana.",
        "Προωθήσαμε το αίτημά σας για εξόφληση σε τέσσερις δόσεις στον υπεύθυνο πιστώσεων, ο οποίος θα σας απαντήσει.",
        "Ihren Wunsch, die Rechnung in vier Raten zu begleichen, habe ich an unseren Leiter Buchhaltung, Herrn Mag. Huber, "
        "weitergegeben.",
        "Vill du diskutera en avbetalningsplan kan du ringa vår kreditchef på 08-555 12 34.",
        "Ho girato la sua domanda al responsabile amministrativo, che è l'unico a poter valutare modifiche alle condizioni "
        "di pagamento.",
    ],
)
def test_an_instalment_request_passed_to_a_person_changes_no_terms(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'm not able to agree a lower figure myself, so I've passed your proposal to settle INV-1042 for EUR 2,500.00 to "
        "our finance director. The invoice remains due in full at EUR 3,180.00.",
        "Du spørger, om vi kan give rabat på leverancen i marts. Det kan jeg ikke selv love, så jeg har sendt det videre.",
    ],
)
def test_a_reduction_asked_for_and_passed_on_is_no_discount(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Our terms apply statutory interest at 8% above base rate. To date we have not added any interest or compensation "
        "to your account.",
        "We have not charged any late fees on this invoice yet.",
        "Die Verzugszinsen entsprechen dem gesetzlichen Satz nach § 288 BGB, dazu die Pauschale von 40 €. Weitere Kosten "
        "fallen nicht an.",
    ],
)
def test_charges_reported_as_they_stand_are_no_discount(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "We will not charge any late fees on this invoice.",
        "We won't add any interest yet, so there is no rush.",
    ],
)
def test_charges_forgone_are_still_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "I've asked the team to reverse the EUR 60.00 delivery charge and credit it to your account.",
        "I have asked for the GBP 45.00 line on INV-1042 to be reversed, so you'll see it come off your next statement.",
        "Ich habe unsere Buchhaltung gebeten, die Mahngebühr von 15,00 € zu stornieren.",
        "J'ai demandé à notre comptabilité de vous rembourser les frais de port.",
        "He pedido a contabilidad que le abone los 30,00 € del desplazamiento.",
        "Ho chiesto all'amministrazione di stornare il costo della trasferta.",
        "Вратићемо вам 12.500,00 динара на рачун у року од три дана.",
        "지난달 배송비 35,000원은 크레딧 노트로 처리해 드리겠습니다.",
    ],
)
def test_our_team_told_to_reverse_a_charge_or_a_one_word_refund_is_a_refund(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Los gastos de devolución de 4,50 € corren a cargo del titular según el contrato.",
        "Een storno kan verschillende oorzaken hebben, bijvoorbeeld een limiet op uw machtiging.",
        "Thank you for the copy of your supplier's credit note.",
        "L'eventuale rimborso dei dazi va chiesto direttamente all'Agenzia delle Dogane.",
        "Could you send the remittance advice? As soon as we can see the payment, we'll credit it against the invoice.",
        "Le confermeremo la ricezione appena l'accredito sarà visibile.",
        "You asked us to refund the deposit; I've passed your request to our manager.",
        "I haven't asked the team to reverse the charge, because the call-out took place.",
    ],
)
def test_a_refund_that_is_not_ours_to_give_is_no_refund(body: str) -> None:
    assert R not in types(body)


def test_reminders_paused_on_a_disputed_line_until_it_is_resolved_change_no_terms() -> None:
    body = "No le enviaremos recordatorios sobre la línea en disputa hasta que se resuelva la reclamación."
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sie haben recht, das haben wir verbockt: Die Lieferung wurde doppelt erfasst.",
        "Da haben wir es vermasselt.",
    ],
)
def test_a_colloquial_german_admission_is_a_fault(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Pour vos dossiers, notre numéro SIRET est 732 829 320 00074.",
        "报关单号 223020261000418576 项下的货物已放行。",
        "適格請求書発行事業者登録番号：T4011001087264",
        "Under the European Communities (Late Payment in Commercial Transactions) Regulations 2012, statutory interest "
        "applies to an overdue invoice of EUR 4,000.00.",
    ],
)
def test_a_labelled_registration_number_or_a_statute_is_not_sensitive(body: str) -> None:
    assert S not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "A felhasználónév anna.kiss@example.com, az ideiglenes jelszó pedig Tavasz-Hold-4412.",
        "Other members' balances (internal):\nJonas Petraitis – 2 140 EUR\nUAB Lauko Darbai – 5 300 EUR",
        "As requested, here's who is behind:\n- Unit 3, Marlow Crafts Ltd - £1,240.00, 45 days overdue\n"
        "- Unit 7, Bright Print Co - £880.00, 60 days overdue",
        "Por si sirve de referencia, a la Academia Los Olmos todavía le quedan 900 € de su factura, así que no sois los "
        "únicos.",
        "للعلم، لا يزال على مؤسسة الريادة مبلغ 4,500.00 درهم منذ فبراير.",
        "شرکت پخش آریا هنوز ۲۰۰٬۰۰۰٬۰۰۰ ریال به ما بدهکار است.",
    ],
)
def test_a_password_or_other_debtors_named_with_their_sums_are_sensitive(body: str) -> None:
    assert S in types(body)


def test_a_list_of_the_customers_own_overdue_items_is_not_sensitive() -> None:
    body = (
        "The following items are overdue:\n- March Rent Invoice - £1,200.00, 60 days overdue\n"
        "- April Service Charge - £300.00, 30 days overdue"
    )
    assert S not in types(body)


def test_our_legal_team_answering_their_solicitors_letter_is_no_threat() -> None:
    body = (
        "I have passed her letter to our legal team so that they can answer the question about the damaged goods "
        "directly."
    )
    assert not check_draft(
        "Re: storage", f"Dear Mr Lane,\n\n{body}\n\nRegards,\nCredit Control", reader=None
    ).violations
    hu = "Jogi osztályunk átnézte a jelzett szerződési kérdést, és megerősítette, hogy a számla helyes."
    assert not check_draft(
        "Emlékeztető", f"Tisztelt Úr!\n\n{hu}\n\nÜdvözlettel:\nPénzügy", reader=None
    ).violations
