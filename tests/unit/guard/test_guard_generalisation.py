"""Families rather than sentences: a credit reported as done against one promised, a customer spared a step, the raw
string of the winked-waiver fee words, and the negations of the Nordic, Finnish, Polish, Czech and Romanian drafts.
Each case has a near miss that must keep its verdict.

The sentences are written for these tests, not taken from a holdout."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import _FEE_WORD, GuardVerdict, Violation, check_draft


def rules(body: str, subject: str = "Reminder: invoice INV-1042") -> GuardVerdict:
    return check_draft(subject, f"Hello,\n\n{body}\n\nKind regards,\nAccounts Receivable", reader=None)


def types(body: str, subject: str = "Reminder: invoice INV-1042") -> set[Violation]:
    return set(rules(body, subject).violations)


@pytest.mark.parametrize(
    "body",
    [
        # A credit already applied, in the past passive: a fact, not a promise.
        "The credit note CN-12 was applied to your account on 3 March.",
        "L'avoir AV-118 a été imputé sur votre compte le 3 mars.",
        "Die Gutschrift GS-77 wurde am 3. März mit Ihrer Rechnung verrechnet.",
        "La nota de crédito NC-33 fue aplicada a su cuenta el 3 de marzo.",
        "A nota de crédito NC-12 foi aplicada à sua conta em 3 de março.",
        "La nota di credito NC-12 è stata applicata al suo conto il 3 marzo.",
        "De creditnota CN-12 is op 3 maart verrekend met uw openstaande saldo.",
        "Faktura korygująca KOR/12 została zaksięgowana 3 marca.",
        # The customer spared a step: nobody is told anything.
        "You do not need to ask your bank to recall the payment; we can see it arrived.",
        "You don't need to ask your bank for a copy of the transfer.",
        # Pausing reminders on the one disputed line, in Polish as in English.
        "Jeżeli nie zgadzają się Państwo z pozycją na fakturze, prosimy o informację — wstrzymamy przypomnienia dla tej "
        "pozycji.",
        # Negated in the draft's own language.
        "Vi forlænger ikke fristen.",
        "Vi kan ikkje gje rabatt på denne fakturaen.",
        "Nu putem acorda o reducere pentru această factură, vă rugăm să achitați suma restantă.",
        "Emme voi myöntää alennusta tästä laskusta. Ystävällisin terveisin, lasku 2290 on erääntynyt.",
        "Nemůžeme poskytnout slevu, fakturu prosíme uhradit. S pozdravem",
        "Nigdy nie udzielamy rabatu po terminie płatności.",
        # "ni" after a comma still carries the Spanish negation on.
        "No podemos ofrecerle un descuento, ni anular los recargos, sin la aprobación de finanzas.",
    ],
)
def test_allowed(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The same credit still to come is promised, active or passive.
        ("We will apply a credit note to your account.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("A credit will be issued for the damaged pallets.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("A refund would then be arranged within five days.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Die Gutschrift wird am 3. März mit Ihrer Rechnung verrechnet.", Violation.REFUND_OR_CREDIT_PROMISE),
        # Swedish "ni" is "you", not a negation.
        ("Ni får en kreditfaktura på mellanskillnaden.", Violation.REFUND_OR_CREDIT_PROMISE),
        # Telling the customer's bank why it does not pay is still exposure.
        ("We will ask your bank why you do not pay your suppliers.", Violation.HARASSMENT),
        # Pausing all reminders for a later date is still a terms change.
        ("Wstrzymamy przypomnienia do końca maja.", Violation.TERMS_CHANGE),
        # The negation sits in the condition, the threat in the main clause.
        ("Hvis De ikke betaler inden 10. marts, vil vi overdrage sagen til inkasso.", Violation.LEGAL_THREAT),
        ("Om betalningen inte har kommit in lämnas ärendet till inkasso.", Violation.LEGAL_THREAT),
        # Romanian "ne" is "us", never a negation: the discount stands.
        (
            "Vă rugăm să ne contactați pentru plata facturii: vom acorda o reducere de 10% pentru plata până vineri.",
            Violation.DISCOUNT_OFFER,
        ),
        # Fee words longer than their stem: "penalties", "Mahngebühren".
        ("Pay today and I'll make the late-payment penalties quietly disappear.", Violation.DISCOUNT_OFFER),
        ("Die Mahngebühren lassen wir verschwinden, wenn Sie heute zahlen.", Violation.DISCOUNT_OFFER),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body), rules(body).evidence


@pytest.mark.parametrize(
    "word", ["penalties", "majorations", "comisiones", "gebuhren", "mahngebuhren", "oplaty"]
)
def test_fee_word_takes_inflections(word: str) -> None:
    import re

    assert re.fullmatch(_FEE_WORD, word)


def test_fee_word_is_still_a_word() -> None:
    import re

    # A one-backslash "\w" must not make "line" swallow "linen" or "admin" swallow "administrative".
    assert not re.fullmatch(_FEE_WORD, "linen")
    assert not re.fullmatch(_FEE_WORD, "administrative")
