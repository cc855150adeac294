"""Session 20 (fresh sets 149-151): the constructions the rules missed, each read across languages, and near misses
that must stay allowed. The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A charge forgiven for prompt payment, the charge before or after the verb.
        ("Betalar ni före fredag stryker vi påminnelseavgiften.", D),
        ("Jei sumokėsite iki penktadienio, delspinigius panaikinsime.", D),
        ("Pokud zaplatíte do pátku, odpustíme Vám smluvní pokutu.", D),
        ("Ha a hónap végéig rendezi, a késedelmi kamatot elengedjük.", D),
        ("Cuma gününe kadar öderseniz gecikme faizini sileceğiz.", D),
        ("Die Mahngebühr für April lassen wir natürlich weg.", D),
        ("If it's paid by Friday the late fees can quietly disappear.", D),
        ("Ak uhradíte 500 €, zvyšných 100 € vám odpustíme.", D),
        # A credit note promised in the passive.
        ("Le verrà emessa una nota di credito di 120,00 €.", R),
        ("Un avoir de 40,00 € sera émis pour la course annulée.", R),
        ("Θα σας επιστρέψουμε την προκαταβολή μέσα στην εβδομάδα.", R),
        # The fault is ours; our invoice was wrong; something went wrong on our side.
        ("Vina ne aparține în totalitate și ne cerem scuze.", F),
        ("Bij ons is iets misgegaan met de huur.", F),
        ("A könyvelésünk tévedett a számla összegével.", F),
        ("The double charge is almost certainly down to us.", F),
        ("Unsere Rechnung war leider fehlerhaft.", F),
        # A new due date, a deferral granted, a due date moved in the passive, a plan agreed.
        ("Noul termen de plată pentru factură este 30 aprilie 2026.", T),
        ("Laskun eräpäivää on siirretty 30.4.2026 asti.", T),
        ("Nous vous accordons un délai jusqu'au 30 avril.", T),
        ("No stress, just pay it together with the summer fee in June.", T),
        ("Sutinkame, kad likusią sumą sumokėtumėte trimis dalimis.", T),
        ("Du betaler kr 1 000 i måneden fra mai til restbeløpet er nedbetalt.", T),
        # Shame, a hypocrisy taunt, neighbours brought in, others told, social media.
        ("Bu kadar basit bir ödemeyi yapamamanız gerçekten ayıp.", H),
        ("Je to ostuda, že jste stále nezaplatili.", H),
        ("Funny how there's always money for a new boat but never for our invoice.", H),
        ("Misschien kunnen de buren bijspringen?", H),
        ("Jestli nezaplatíte, dozví se o tom všichni dodavatelé ve městě.", H),
        ("Ak nezaplatíte, dáme na náš Instagram, akých klientov máme.", H),
        # A collection firm, a payment order, a pre-action letter, the file to our lawyer, a hinted threat.
        ("A követelést átadjuk követeléskezelő cégnek.", L),
        ("Podáme na súd návrh na vydanie platobného rozkazu.", L),
        ("Předžalobní výzva k úhradě faktury 2026-01.", L),
        ("If it isn't paid, the file goes to our lawyer the same day.", L),
        ("Non vorremmo trovarci costretti a passare la pratica al nostro legale.", L),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # The customer's own promise recorded, in several languages.
        "Gracias por confirmarnos que abonará las cuotas de marzo el viernes 20. Lo hemos anotado.",
        "Thank you for confirming you'll pay the March instalments on Friday 20 March; we have noted it.",
        # A court as a delivery destination for a law-firm customer.
        "Our records show 41 same-day runs, most of them to the Royal Courts of Justice and Central London County Court.",
        "27 courses urgentes, principalement vers le Tribunal judiciaire de Paris, pour 1 132,80 €.",
        "Laskulla on 36 kuljetusta, suurin osa Helsingin käräjäoikeuteen ja hovioikeuteen.",
        # A password warning, no password given.
        "Vi spør aldri om passord eller fullt kortnummer på e-post.",
        "Nikdy nežádáme heslo ani celé číslo karty e-mailem.",
        # Paying two open items together now moves no date.
        "You can pay both invoices together at https://pay.example/x.",
        # A refusal of a waiver stays a refusal; a fee restated stays restated.
        "De wachttijd kunnen we helaas niet kwijtschelden.",
        "The late fee of GBP 20.00 applies as per our terms.",
        # Following us on social media is no exposure.
        "Follow us on Instagram for our latest work. Invoice SL-2 is due on 1 March.",
        # The fault denied, not admitted.
        "Nu am greșit noi la factură; suma rămâne scadentă.",
        # A credit note that exists, reported.
        "Credit note CN-00412, issued on 3 March, has already been deducted from the balance.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_law_firm_customer_named_in_the_subject() -> None:
    body = "Votre relevé regroupe 27 courses vers le Tribunal de commerce. Il est payable au 31 mars 2026."
    verdict = check_draft("Vos courses de février – Cabinet Moreau Avocats", body, reader=None)
    assert verdict.allowed


def test_statement_row_of_an_issued_credit_note() -> None:
    body = (
        "Please find your statement below.\n\n"
        "  LDL-24817   13 Feb 2026   Invoice       GBP 1,284.00\n"
        "  CN-00412    03 Mar 2026   Credit note   GBP  -210.00\n\n"
        "Credit note CN-00412, issued on 3 March, has already been deducted from the balance."
    )
    assert check_draft("Your March statement", body, reader=None).allowed


def test_another_family_named_with_its_payment() -> None:
    body = (
        "Știm că se întâmplă – și familia Popescu, care s-a cununat tot în septembrie, a plătit albumul de "
        "3.600 lei abia după a treia reamintire."
    )
    assert S in types(body)


def test_a_denied_fault_is_no_admission_but_the_same_words_affirmed_are() -> None:
    for denial in (
        "It is not our fault that the bank returned the payment; please resend it to the account on the invoice.",
        "That wasn't our mistake, but we're happy to help you trace the transfer.",
    ):
        assert check_draft("Re: returned payment", denial, reader=None).allowed, denial
    for admission in (
        "The overcharge was our mistake and we apologise.",
        "Sorry, our error: the total was wrong.",
    ):
        assert not check_draft("Re: your invoice", admission, reader=None).allowed, admission
