"""Holdouts 44-47: the phenomena the rules got wrong on first pass, each with a near miss that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import types


@pytest.mark.parametrize(
    "body",
    [
        # A court named as where our own work is used or was done: the customer's venue, not our threat.
        "Invoice T-88 covers the sworn translation of the judgment for the County Court at Leeds and is now overdue.",
        "A fatura T-88 refere-se à tradução certificada da sentença para o Tribunal da Comarca do Porto.",
        "De factuur betreft de beëdigde vertaling van het vonnis van de rechtbank Utrecht naar het Duits.",
        "La factura corresponde a la traducción jurada del auto para el Juzgado de lo Mercantil n.º 2 de Sevilla.",
        "La fattura riguarda la traduzione asseverata presso il Tribunale di Torino dei documenti allegati.",
        "La facture concerne l'interprète présent à l'audience du tribunal judiciaire de Lyon le 3 mars.",
        "It covers a Polish court interpreter for the hearing at Southwark Crown Court on 2 March.",
        "If you need a court reference on the invoice, let us know and we will reissue it.",
        # A fee named by its kind: "cancellation" is no verb that cancels it.
        "We have logged your query about the late-cancellation fee and paused reminders on that line.",
        # A debit the bank sent back.
        "L'addebito SEPA sul conto con IBAN che termina in …7781 ci è stato restituito dalla banca.",
        "The direct debit of 12 March was returned by your bank; you can pay by card at the link below.",
        # A signed agreement's own count restated, and a hire extended at the agreed rate.
        "Under the agreement, 10 of the 12 monthly payments have been made and the piano is yours after the last.",
        "The extension is billed weekly at the rate in your hire agreement, on the usual 30-day terms.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The same court words tied to the unpaid debt stay a threat.
        (
            "Unless the translation invoice is paid by Friday we will issue a claim in the County Court.",
            Violation.LEGAL_THREAT,
        ),
        (
            "Si no recibimos el pago de la traducción jurada, presentaremos la demanda ante el Juzgado.",
            Violation.LEGAL_THREAT,
        ),
        ("We will take the unpaid interpreting fees to court.", Violation.LEGAL_THREAT),
        # Cancelling a fee is still a waiver.
        ("Pay by Friday and we will cancel the late fee.", Violation.DISCOUNT_OFFER),
        # Money the bank returned to us is no refund; money we will return is.
        (
            "Nous vous rembourserons les frais d'annulation par virement sous 10 jours.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        # An extension we grant to pay stays a terms change.
        ("We can give you an extension to 30 April for this invoice.", Violation.TERMS_CHANGE),
    ],
)
def test_still_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Court enforcement, an extrajudicial notice, our lawyer and enforcement proceedings (sl, hr, el, tr).
        ("Če zneska ne prejmemo v desetih dneh, bomo vložili predlog za izvršbo.", Violation.LEGAL_THREAT),
        ("Ako iznos ne podmirite do petka, pokrenut ćemo ovrhu.", Violation.LEGAL_THREAT),
        ("Αν δεν εξοφλήσετε, θα σας αποσταλεί εξώδικο από τον δικηγόρο μας.", Violation.LEGAL_THREAT),
        (
            "Ödeme yapılmazsa dosyanız avukatımıza devredilecek ve icra takibi başlatılacaktır.",
            Violation.LEGAL_THREAT,
        ),
        # A hedged threat with a bailiff, and a soft Norwegian debt-collection hint.
        (
            "Nous préférerions ne pas avoir à transmettre ce dossier à un commissaire de justice.",
            Violation.LEGAL_THREAT,
        ),
        (
            "Vi vil helst ikke sende saken til inkasso, men uten betaling innen fredag har vi ikke noe valg.",
            Violation.LEGAL_THREAT,
        ),
        # Waivers: sl, hr, el, ca, an Italian idiom, a German charge booked out.
        ("Če plačate do petka, vam opomine odpišemo.", Violation.DISCOUNT_OFFER),
        ("Ako platite ovaj tjedan, otpisat ćemo Vam zateznu kamatu.", Violation.DISCOUNT_OFFER),
        ("Αν πληρώσετε σήμερα, σας χαρίζουμε τους τόκους.", Violation.DISCOUNT_OFFER),
        ("Si pagues aquesta setmana, el recàrrec te'l perdonem.", Violation.DISCOUNT_OFFER),
        ("Se paghi entro lunedì, sugli interessi chiudiamo un occhio.", Violation.DISCOUNT_OFFER),
        (
            "Wenn die Zahlung bis Freitag eingeht, buchen wir Ihnen die Mahngebühren aus.",
            Violation.DISCOUNT_OFFER,
        ),
        # Credit notes and refunds promised: sl, hr, cs, et, hu.
        ("Za razliko vam bomo izdali dobropis.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Izdat ćemo Vam knjižno odobrenje na 40,00 EUR.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Částku 300 Kč Vám vrátíme na účet.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Tagastame enammakstud summa teie kontole.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("A különbözetről jóváíró számlát állítunk ki.", Violation.REFUND_OR_CREDIT_PROMISE),
        # Our error admitted: sl, hr, cs, et; our technician's fault (fr).
        ("Napaka je na naši strani.", Violation.FAULT_ADMISSION),
        ("Greška je bila na našoj strani.", Violation.FAULT_ADMISSION),
        ("Chyba je na naší straně.", Violation.FAULT_ADMISSION),
        ("See on täielikult meie viga.", Violation.FAULT_ADMISSION),
        ("Nous reconnaissons que notre technicien n'a pas refermé la vanne.", Violation.FAULT_ADMISSION),
        # Terms: a deadline moved (el), instalments (el, tr), a later month allowed (pt).
        ("Η προθεσμία πληρωμής μεταφέρεται στις 15/05.", Violation.TERMS_CHANGE),
        ("Δεχόμαστε να εξοφλήσετε σε τρεις δόσεις.", Violation.TERMS_CHANGE),
        ("Tutarı iki taksitte ödeyebilirsiniz.", Violation.TERMS_CHANGE),
        ("Pode pagar a mensalidade de março só em maio.", Violation.TERMS_CHANGE),
        # Shame and daily calls (el).
        ("Είναι πραγματικά ντροπή. Θα σας τηλεφωνούμε κάθε πρωί.", Violation.HARASSMENT),
        # A clear-text password (tr), an expiry beside a masked card (el), a Hungarian giro account.
        ("Geçici şifre: Kx72!mart", Violation.SENSITIVE_DATA),
        ("Η κάρτα με τελευταία ψηφία 4444 και ημερομηνία λήξης 11/27 απορρίφθηκε.", Violation.SENSITIVE_DATA),
        ("Kérjük, utalja a 11773016-11111018-00000000 számú bankszámlánkra.", Violation.SENSITIVE_DATA),
    ],
)
def test_more_languages_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A credit note already issued, a masked card, a restated fee, a refused discount, a court as venue.
        "Dobropis smo izdali 3. 3. in je že upoštevan v saldu.",
        "Η κάρτα με τελευταία ψηφία 4444 απορρίφθηκε. Μπορείτε να την ενημερώσετε στον σύνδεσμο.",
        "Zatezna kamata obračunava se prema ugovoru.",
        "Popusta nažalost ne možemo odobriti, iznos ostaje 840,00 EUR.",
        "Prevod sodbe za sodišče v Ljubljani je bil opravljen 3. 3.",
        "Az ügyfélszám 12345678-87654321, kérjük, tüntesse fel a közleményben.",
        "Η προθεσμία πληρωμής ήταν η 30/03.",
    ],
)
def test_more_languages_allowed(body: str) -> None:
    assert types(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "P.S. If it's in by Friday we'll drop the £95 out-of-hours surcharge.",
        "P.S. If it's in by Sunday we'll forget about the GBP 25.00 this time.",
        "Pay before Easter and we'll pretend those late pick-ups never happened 😉",
        "Pay before the recital and we'll throw in a 10% 'encore' discount.",
    ],
)
def test_an_informal_waiver_is_a_discount(body: str) -> None:
    assert Violation.DISCOUNT_OFFER in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A restated fee, a refused waiver, an amount only restated.
        "Under your agreement a GBP 25.00 late payment charge applies after 14 days.",
        "We can't drop the £95 out-of-hours surcharge, as it is part of your contract.",
        "We will not forget about the GBP 25.00 fee; it stays on the invoice.",
    ],
)
def test_a_restated_or_refused_fee_is_allowed(body: str) -> None:
    assert Violation.DISCOUNT_OFFER not in types(body)


def test_pretending_away_what_is_no_charge_waives_nothing() -> None:
    # Near miss to "we'll pretend those late pick-ups never happened": a reminder pretended away is no waiver.
    assert types("We'll pretend this reminder never happened if the payment is already on its way.") == set()
    assert types("We will pretend the late fee never happened.") == {Violation.DISCOUNT_OFFER}
