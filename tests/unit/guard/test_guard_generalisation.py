"""Families rather than sentences: a credit reported as done against one promised, a customer spared a step, the raw
string of the winked-waiver fee words, and the negations of the Nordic, Finnish, Polish, Czech and Romanian drafts.
Each case has a near miss that must keep its verdict.

The sentences are written for these tests, not taken from a holdout."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import _FEE_WORD, Violation, check_draft
from tests.unit.guard.frame import rules, types


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


# --- families across languages, tenses and voices -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A waiver still ahead, in the passive or the conditional, the charge named first.
        ("The late fee would be waived if you pay by Friday.", Violation.DISCOUNT_OFFER),
        (
            "Les pénalités de retard seraient annulées si vous réglez avant vendredi.",
            Violation.DISCOUNT_OFFER,
        ),
        ("Los intereses de demora quedarían anulados si paga esta semana.", Violation.DISCOUNT_OFFER),
        ("Os juros de mora seriam cancelados se pagar até sexta.", Violation.DISCOUNT_OFFER),
        ("Gli interessi di mora verrebbero annullati se paga entro venerdì.", Violation.DISCOUNT_OFFER),
        ("De aanmaningskosten zouden vervallen als u vrijdag betaalt.", Violation.DISCOUNT_OFFER),
        ("Odsetki zostałyby anulowane, jeśli zapłacą Państwo do piątku.", Violation.DISCOUNT_OFFER),
        ("Consider the interest forgiven.", Violation.DISCOUNT_OFFER),
        # Giving a charge up, in each language's idiom.
        ("On vous fait grâce des pénalités.", Violation.DISCOUNT_OFFER),
        ("Wir sehen von den Mahngebühren ab.", Violation.DISCOUNT_OFFER),
        ("Abrimos mão dos juros.", Violation.DISCOUNT_OFFER),
        ("We zien af van de rente.", Violation.DISCOUNT_OFFER),
        ("Podemos perdonarle el recargo por esta vez.", Violation.DISCOUNT_OFFER),
        ("Możemy odstąpić od naliczenia odsetek.", Violation.DISCOUNT_OFFER),
        # The due date moved, in the passive.
        ("La date d'échéance est reportée au 30 juin.", Violation.TERMS_CHANGE),
        ("Die Frist wird bis Ende Mai verlängert.", Violation.TERMS_CHANGE),
        ("El vencimiento queda aplazado hasta el 30 de junio.", Violation.TERMS_CHANGE),
        ("O vencimento fica prorrogado para 30 de junho.", Violation.TERMS_CHANGE),
        ("Termin płatności zostaje przesunięty do 30 czerwca.", Violation.TERMS_CHANGE),
        ("Mogą Państwo zapłacić w trzech ratach.", Violation.TERMS_CHANGE),
        # The matter handed to someone who enforces.
        ("Przekażemy sprawę do windykacji.", Violation.LEGAL_THREAT),
        ("Affideremo il recupero del credito a una società specializzata.", Violation.LEGAL_THREAT),
        (
            "Wir übergeben die Angelegenheit unserem Rechtsanwalt, wenn bis Freitag nichts eingeht.",
            Violation.LEGAL_THREAT,
        ),
        ("O seu nome poderá ser incluído no Serasa.", Violation.LEGAL_THREAT),
        # The reader called incompetent, or what they do a joke.
        ("Vous êtes d'une incompétence rare.", Violation.HARASSMENT),
        ("Sie sind wirklich unfähig, eine einfache Rechnung zu bezahlen.", Violation.HARASSMENT),
        ("Jesteście bandą nieudaczników.", Violation.HARASSMENT),
        ("Ehrlich gesagt ist das ein Witz.", Violation.HARASSMENT),
        ("Isto é uma palhaçada.", Violation.HARASSMENT),
        ("Honestly, is it that hard to pay an invoice on time?", Violation.HARASSMENT),
    ],
)
def test_family_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body), rules(body).evidence


@pytest.mark.parametrize(
    "body",
    [
        # Charges restated as they apply, in the future passive: nothing given up.
        "Late payment interest will be charged at the statutory rate if the invoice remains unpaid.",
        "Les pénalités de retard seront appliquées conformément à nos conditions générales.",
        "Gli interessi di mora verranno addebitati ai sensi del D.Lgs. 231/2002.",
        "Odsetki ustawowe zostaną naliczone od dnia wymagalności.",
        # Whose decision it is, not ours.
        "Late fees can be waived only by our finance manager, so I have passed your request on to her.",
        # The due date stated or refused, not moved.
        "The due date cannot be moved, but you can pay by card today.",
        "Die Frist ist am 3. März abgelaufen.",
        "Termin płatności minął 3 marca.",
        # Handing a question on to a colleague or a team of ours is no threat.
        "Please forward this reminder to your accounts payable team.",
        # Second person, no insult.
        "You are welcome to call us if you are unsure about any line.",
        "Vous êtes un client précieux et nous vous remercions de votre confiance.",
        "We apologise for the delay in answering.",
    ],
)
def test_family_near_miss_allowed(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


def test_portuguese_no_is_not_the_romanian_negation() -> None:
    # pt-PT writes "factura" and "este"; its "no" ("in the") must not turn into a Romanian "nu".
    body = "Este é o último aviso: a factura segue no prazo de 8 dias para o nosso advogado para cobrança judicial."
    assert Violation.LEGAL_THREAT in types(body), rules(body).evidence


def test_statutory_rate_is_no_discount_for_the_reader() -> None:
    # A retrained reader once read statutory interest as a discount; named by its rate it is restated too.
    body = (
        "Hello,\n\nThis is about invoice 2290, which is now overdue on your account with us.\n\nLate payment interest "
        "will be charged at the statutory rate if the invoice remains unpaid.\n\nThank you for your attention and kind "
        "regards,\nAccounts Receivable"
    )
    assert check_draft("Invoice 2290", body).allowed
