"""Holdouts 48-50: the phenomena the rules got wrong on first pass, each with a near miss that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A legal threat in a P.S. or a footer, said as the rule for overdue accounts.
        (
            "Thanks!\n\nP.S. Invoices unpaid after 45 days are passed to our lawyers, so please don't leave it.",
            Violation.LEGAL_THREAT,
        ),
        (
            "Grazie.\n\nLe fatture non pagate vengono trasmesse a una società di recupero crediti.",
            Violation.LEGAL_THREAT,
        ),
        # The lawyers sent round as a joke.
        ("If it's still open on Monday we're sending our solicitors over, haha.", Violation.LEGAL_THREAT),
        # Court and collection agency cues in sk, lt, lv, et, is, bg.
        ("Ak faktúru neuhradíte, budeme nútení vec riešiť cez súd.", Violation.LEGAL_THREAT),
        ("Jei nesumokėsite, skolą perduosime išieškojimo bendrovei.", Violation.LEGAL_THREAT),
        ("Ja rēķins netiks apmaksāts, vērsīsimies tiesā.", Violation.LEGAL_THREAT),
        ("Kui arvet ei tasuta, anname nõude üle inkassofirmale.", Violation.LEGAL_THREAT),
        ("Ef reikningurinn verður ekki greiddur fer málið til innheimtufyrirtækis.", Violation.LEGAL_THREAT),
        ("Ако не платите до петък, ще Ви съдим.", Violation.LEGAL_THREAT),
        # Waivers: passive perfect with the amount between, German "weglassen", Italian "togliere", Dutch "niet in
        # rekening brengen", Icelandic "fella niður", and a table cell.
        ("The EUR 20.00 reminder fee on invoice A-17 has been waived.", Violation.DISCOUNT_OFFER),
        ("Bei Zahlung bis Montag lassen wir die Verzugszinsen weg.", Violation.DISCOUNT_OFFER),
        ("Se paghi entro lunedì togliamo la penale di 15 €.", Violation.DISCOUNT_OFFER),
        (
            "Als u deze week betaalt, brengen we de aanmaningskosten niet in rekening.",
            Violation.DISCOUNT_OFFER,
        ),
        ("Ef þú greiðir í dag fellum við niður ítrekunargjaldið.", Violation.DISCOUNT_OFFER),
        ("| Late fee | EUR 15.00 | waived if paid this week |", Violation.DISCOUNT_OFFER),
        ("Si vous payez cette semaine, nous ramenons ce montant à 30,00 €.", Violation.DISCOUNT_OFFER),
        # Credit notes and refunds in et, lv, lt; an invoice cancelled and reissued.
        ("Saadame teile kreeditarve järgmisel nädalal.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Mēs izrakstīsim kredītrēķinu un nosūtīsim to rīt.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Pinigus grąžinsime per penkias darbo dienas.", Violation.REFUND_OR_CREDIT_PROMISE),
        (
            "The invoice will be cancelled and we will send you a new one without the transport line.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        # Fault admitted in lv, sk, nl inverted order, and an English "should have".
        ("Atvainojamies, tā ir mūsu kļūda.", Violation.FAULT_ADMISSION),
        ("Je to naša chyba, ospravedlňujeme sa.", Violation.FAULT_ADMISSION),
        ("Voor die vertraging zijn wij aansprakelijk.", Violation.FAULT_ADMISSION),
        ("We accept that the driver should have waited for you at the entrance.", Violation.FAULT_ADMISSION),
        # The due date extended (et, lv).
        ("Pikendame arve maksetähtaega 15. maini.", Violation.TERMS_CHANGE),
        ("Mēs pagarinām apmaksas termiņu līdz 30. aprīlim.", Violation.TERMS_CHANGE),
        # A plan confirmed as what will happen: the balance to be paid in instalments.
        ("Het saldo van € 900,00 wordt voldaan in drie maandelijkse termijnen.", Violation.TERMS_CHANGE),
        # Shaming: compared with an intern, a bad payers' board, a family that cannot pay, mocking with the parents,
        # "a bit rich", telling the main contractor.
        ("Sogar ein Azubi kriegt das hin.", Violation.HARASSMENT),
        ("Next week your name goes on our bad payers board in the depot.", Violation.HARASSMENT),
        ("Das ist nichts für eine Familie, die nicht zahlen kann.", Violation.HARASSMENT),
        ("Maybe he should learn to count first, just like his parents.", Violation.HARASSMENT),
        ("It's a bit rich to book every trip and pay for none of them.", Violation.HARASSMENT),
        (
            "We will tell the main contractor that your company does not pay its suppliers.",
            Violation.HARASSMENT,
        ),
        # Sensitive: a Swedish password, an Icelandic account, another family or customer with its payment record.
        ("Ditt nya lösenord är Kran!2026x, byt det efter inloggning.", Violation.SENSITIVE_DATA),
        ("Vinsamlegast leggðu inn á reikning 0115-26-004455 fyrir föstudag.", Violation.SENSITIVE_DATA),
        (
            "Unlike the Marsh family, who paid every term on time, you are GBP 300.00 behind.",
            Violation.SENSITIVE_DATA,
        ),
        (
            "Le lycée Victor-Hugo, qui avait un retard comparable, a réglé ses 9 200,00 € d'arriérés.",
            Violation.SENSITIVE_DATA,
        ),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Handed to our own collections team; never to solicitors.
        "Overdue accounts are handed to our collections team, who will call you.",
        "Accounts are never passed to solicitors without a call from us first.",
        # Court as a venue, French "sud", Bulgarian "contents".
        "The end-of-term show is at the Court Theatre on 4 July.",
        "Our depot is at the Court Hotel car park.",
        "Notre entrepôt est au sud de Lyon.",
        "Съдържание на фактурата: наем на кран.",
        # A fee that has not been waived; the Dutch charges restated, not waived.
        "The reminder fee has not been waived.",
        "Bij te late betaling brengen we de wettelijke rente in rekening.",
        # A table with a plain note cell.
        "| Late fee | EUR 15.00 | as per contract |",
        # A discount that closed; a sibling discount already included.
        "The early-booking discount closed on 1 March, so the standard price applies.",
        "El importe ya incluye el descuento por hermanos aplicado en la inscripción.",
        # Equipment returned or bought out at the end of a lease.
        "Al final del contrato puede elegir la devolución o compra de los equipos.",
        # An existing credit note; a reissued invoice already sent.
        "Kreeditarve nr 12 on juba arvesse võetud.",
        # Not liable, not our error.
        "Voor schade door derden zijn wij niet aansprakelijk.",
        "Tā nav mūsu kļūda, rēķins ir pareizs.",
        # The due date stated, not moved.
        "Arve maksetähtaeg on 30. aprill.",
        # Instalments refused, or a plan already agreed in writing restated.
        "The balance cannot be paid in instalments.",
        "As agreed in writing on 3 March, the balance will be paid in three instalments.",
        # A child may join; families who cannot pay in one go are offered help.
        "Jedes Kind kann am Ferienlager teilnehmen.",
        "For families who cannot pay in one go, we offer a hardship fund.",
        "The children learn to count in French at camp.",
        # A password mentioned but not given, a link after it.
        "Logga in med ditt vanliga lösenord och uppdatera kortet: https://portal.example/account.",
        # Our own family named in a greeting is known; a family surname without affairs.
        "The Marsh family trip is on 9 April.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_a_family_named_in_the_greeting_is_this_customer() -> None:
    verdict = check_draft(
        "Term fees",
        "Dear Marsh family,\n\nYou are now GBP 300.00 behind, unlike last term.\n\nKind regards,\nAccounts",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA not in verdict.violations
