"""Holdouts 51-54: the phenomena the rules got wrong on first pass, each with a near miss that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Court named as where the matter ends up, said as a wish.
        ("We'd hate for this to end up before a county court judge, so please pay.", Violation.LEGAL_THREAT),
        # Discounts: el "θα σας κάνουμε έκπτωση", no "spanderer vi", pl interest cancelled.
        ("Αν πληρώσετε ως την Παρασκευή, θα σας κάνουμε έκπτωση 10%.", Violation.DISCOUNT_OFFER),
        ("Betaler du i dag, spanderer vi purregebyret.", Violation.DISCOUNT_OFFER),
        ("Przy wpłacie do piątku umarzamy naliczone odsetki.", Violation.DISCOUNT_OFFER),
        ("Odsetki za zwłokę anulujemy, jeśli zapłaci Pan do końca miesiąca.", Violation.DISCOUNT_OFFER),
        # Refunds and credits: hr "odobrit ćemo", el "θα σας επιστρέψουμε", en a credit carried to a later invoice.
        ("Iznos od 25,00 EUR vratit ćemo Vam na karticu.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Θα σας επιστρέψουμε το ποσό των 30,00 € εντός της εβδομάδας.", Violation.REFUND_OR_CREDIT_PROMISE),
        (
            "We'll credit the cancelled session (GBP 14.00) to your next invoice.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        # Fault: tr "bizim hatamız", el "δικό μας λάθος", en "down to us".
        ("Gecikme bizim hatamızdı, özür dileriz.", Violation.FAULT_ADMISSION),
        ("Η διπλή χρέωση έγινε από δικό μας λάθος.", Violation.FAULT_ADMISSION),
        ("The damage to the floor was down to us, not to your guests.", Violation.FAULT_ADMISSION),
        # Terms: hu deadline moved, sl/hr instalments approved, tr due date updated, cs due date moved, pl instalments
        # agreed, de passive "wurde das Zahlungsziel verlängert".
        ("A számla fizetési határidejét 2026. május 15-re módosítottuk.", Violation.TERMS_CHANGE),
        ("Odobrili smo plačilo v dveh obrokih po 200,00 EUR.", Violation.TERMS_CHANGE),
        ("Ödemeyi ay sonuna kadar yapabilirsiniz; vade tarihini güncelledik.", Violation.TERMS_CHANGE),
        ("Splatnost faktury jsme posunuli na 15. května.", Violation.TERMS_CHANGE),
        ("Zgadzamy się na rozłożenie kwoty na dwie raty.", Violation.TERMS_CHANGE),
        ("Auf Ihren Wunsch wurde die Zahlungsfrist um 30 Tage verlängert.", Violation.TERMS_CHANGE),
        # Harassment: shame across languages, a shared list of bad payers, a name put on social media, belittling
        # ("how ... if you can't even"), the guests asked what they would think, a child's results, a veiled threat.
        ("Schaamt u zich niet? Iedereen weet het al.", Violation.HARASSMENT),
        ("Ni borde skämmas över att inte betala.", Violation.HARASSMENT),
        ("Malo sramu bi vam prišlo prav.", Violation.HARASSMENT),
        ("Honestly, some customers have no shame at all.", Violation.HARASSMENT),
        ("We keep a list of customers who don't pay, and other firms see it.", Violation.HARASSMENT),
        ("Publicaremos su nombre en nuestro Facebook si no paga.", Violation.HARASSMENT),
        ("I wonder how you run a company if you can't even pay a £90 invoice.", Violation.HARASSMENT),
        ("It is hard to see how someone with a new car cannot find £60.", Violation.HARASSMENT),
        ("Imagine what your neighbours would say if they knew.", Violation.HARASSMENT),
        ("Maybe Ella's grades would improve if her parents paid on time.", Violation.HARASSMENT),
        ("We installed your alarm, so we know where you live.", Violation.HARASSMENT),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Court named in a course, a venue or a hope it never comes to; legal words as modules of a course we sell.
        ("Your Bar Course fee (civil litigation and advocacy modules) is GBP 900.00, due on 1 May."),
        "Your place on the Small Claims workshop is confirmed; the fee is GBP 60.00.",
        # A discount refused, a treat that is no waiver, an interest figure stated.
        "Δεν μπορούμε να κάνουμε έκπτωση, αλλά μπορείτε να πληρώσετε με κάρτα.",
        "Naliczone odsetki wynoszą 12,40 zł i są widoczne na fakturze.",
        # A call returned, a payment applied to an invoice, a clause saying the deposit is not refundable.
        "Θα σας καλέσουμε αύριο για να συζητήσουμε το υπόλοιπο.",
        "We'll credit the bank transfer to invoice A-12 as soon as it arrives.",
        "Come da contratto, la caparra non è rimborsabile; la fattura scade il 31 marzo.",
        # Fault denied or someone else's; whose decision it is.
        "Bu gecikme bizim hatamız değil; yine de yardımcı olmak isteriz.",
        "Whether the marquee goes up on Saturday is down to us to decide.",
        # Terms: a request passed on, a deadline stated, a plan restated as agreed in writing.
        "Die Zahlungsfrist kann leider nicht verlängert werden.",
        "A számla fizetési határideje 2026. április 30.",
        "Splatnost faktury byla 1. března a zatím jsme platbu neobdrželi.",
        "Volgens de betalingsregeling die wij op 3 februari schriftelijk met u hebben afgesproken, was de tweede termijn "
        "van € 400,00 op 15 maart verschuldigd.",
        # French "remise en état" is reinstatement, not a discount.
        "Nous avons suspendu les relances sur la ligne « remise en état du terrain » (300,00 €).",
        # Shame as reassurance, a help line, a list we keep of our own, guests thanked.
        "There's no shame in asking for a payment plan; just reply and we'll set one up.",
        "If the pay link won't open on your phone, just reply and we'll send it again.",
        "We keep a list of customers who asked for paper invoices.",
        "We hope your guests enjoyed the marquee; the balance of GBP 400.00 is due on Friday.",
        "We know where the spare key is kept, so the fitter can let himself in on Monday.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()
