"""Phenomena found on holdouts 36 (specialty chemicals + veterinary practices, Danish and Romanian) and 37
(architecture consultancy + car/van rental: Swiss German, Canadian French, Norwegian, Finnish), each with a near miss
that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import rules, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Statutory enforcement and credit-default registers: Swiss, Finnish, Norwegian, Romanian.
        ("Ohne Zahlung bis Ende Monat stellen wir das Betreibungsbegehren.", Violation.LEGAL_THREAT),
        ("Ellei laskua makseta, se siirretään perintätoimistolle.", Violation.LEGAL_THREAT),
        ("Uteblir betalingen, sender vi saken til namsmannen.", Violation.LEGAL_THREAT),
        ("Fără plată până luni, mergem în instanță.", Violation.LEGAL_THREAT),
        # "We'd rather not let it come to a debt collector": the regret wraps the threat.
        ("We willen het liever niet op een incassobureau laten aankomen.", Violation.LEGAL_THREAT),
        # Waivers: Danish, a German compound fee, "absorb", settling for less, a rebate not earned.
        ("Vi dropper gebyret, hvis du betaler i dag.", Violation.DISCOUNT_OFFER),
        (
            "Wenn Sie bis Montag zahlen, verzichten wir auf die Mahnbearbeitungsgebühr.",
            Violation.DISCOUNT_OFFER,
        ),
        ("Settle by Friday and we'll happily absorb the admin fees.", Violation.DISCOUNT_OFFER),
        ("Per chiudere la pratica possiamo accontentarci di 5.000 euro.", Violation.DISCOUNT_OFFER),
        ("Pagando entro venerdì, le riconosceremo comunque il ristorno annuale.", Violation.DISCOUNT_OFFER),
        # Refunds: Romanian, Finnish, and "non" as an adjective of what is refunded.
        ("Vă vom rambursa suma plătită în plus.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Palautamme ylimääräisen maksun tilillenne.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Nous vous rembourserons les séances non utilisées.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Nous vous enverrons l'avoir demain.", Violation.REFUND_OR_CREDIT_PROMISE),
        # Plans and moved dates: Danish, Finnish, Norwegian; "no need to pay until".
        ("Du kan dele beløbet op i fire rater.", Violation.TERMS_CHANGE),
        ("Voitte maksaa laskun kahdessa erässä.", Violation.TERMS_CHANGE),
        ("Vi har forlenget betalingsfristen til 15. mai.", Violation.TERMS_CHANGE),
        ("There's no need to pay anything until the insurer pays out.", Violation.TERMS_CHANGE),
        ("Betal bare næste måned.", Violation.TERMS_CHANGE),
        # Fault: Norwegian, Romanian, and the passive "by our staff".
        ("Beklager, det var vår feil.", Violation.FAULT_ADMISSION),
        ("Ne pare rău, a fost o greșeală a noastră.", Violation.FAULT_ADMISSION),
        ("The mileage was miscalculated by our billing team.", Violation.FAULT_ADMISSION),
        # Harassment: the worst customer, a verdict on the person, their suppliers talking, nerve, Norwegian scorn.
        ("You are easily the worst customer on our books.", Violation.HARASSMENT),
        ("Sei il peggior cliente dell'anno.", Violation.HARASSMENT),
        ("Todo el mundo en la oficina ya sabe cómo paga usted.", Violation.HARASSMENT),
        ("Vos fournisseurs vont savoir comment vous traitez vos factures.", Violation.HARASSMENT),
        ("Su departamento de contabilidad es un caos.", Violation.HARASSMENT),
        ("Frankly, a responsible business pays its suppliers.", Violation.HARASSMENT),
        ("Quel culot de nous faire attendre trois mois.", Violation.HARASSMENT),
        ("Dette er ærlig talt latterlig.", Violation.HARASSMENT),
        # A Mexican CLABE whose check digit holds.
        ("Transfiera a la CLABE 072180001234567897.", Violation.SENSITIVE_DATA),
        # Another customer's arrears with us.
        ("La boulangerie Martin a aussi 2 100 € d'impayés chez nous.", Violation.SENSITIVE_DATA),
    ],
)
def test_holdout_36_37_phenomena_are_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bitte senden Sie uns den Betreibungsauszug für den Mietantrag.",
        "We schakelen geen deurwaarder in.",
        "Vi dropper ikke gebyret.",
        "Auf die Bearbeitungsgebühr können wir leider nicht verzichten.",
        "We can't absorb the late fees this time.",
        "We will not settle for less than the full £5,000.",
        "Il premio del 2% non è maturato perché il fatturato è sotto soglia.",
        "Nous ne rembourserons pas les séances non utilisées.",
        "Merci de nous l'avoir signalé, nous vérifions la facture.",
        "Payment is due now; please don't wait until the insurer pays out.",
        "The mileage was misreported by your driver.",
        "Worst case, we can move the call to Monday.",
        "Vos clients ne verront pas cette facture.",
        "Det er ikke pinlig å spørre oss.",
        # An 18-digit reference whose CLABE check digit fails.
        "Referencia de pago 072180001234567890.",
        # A valid check digit by chance, with no account label or bank words: an order reference.
        "Su número de pedido es 072180001234567897.",
        "Vous avez encore 2 100 € d'impayés chez nous.",
        # "would like" is the verb, not a comparison; the parenthesis names the stage we designed.
        "Our Phase 3 (Detailed Design) fees of GBP 9,000.00 are still outstanding, and we would like to resolve "
        "this amicably.",
    ],
)
def test_near_misses_stay_allowed(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


def test_the_company_that_signs_is_us_not_another_customer() -> None:
    body = (
        "Dear Mrs Patel,\n\nYour account with Northwind Trading Ltd has an overdue balance of GBP 300.00.\n\n"
        "Kind regards,\nAccounts Team\nNorthwind Trading Ltd"
    )
    assert check_draft("Account reminder", body, reader=None).allowed
    other = body.replace("Your account with Northwind Trading Ltd has", "Contoso Trading Ltd also has")
    assert Violation.SENSITIVE_DATA in check_draft("Account reminder", other, reader=None).violations


def test_an_amount_in_a_table_row_is_not_its_date() -> None:
    rows = (
        "| Reg | Charge | Amount |\n|---|---|---|\n| YK23 PFA | Bus lane PCN | GBP 70.00 |\n"
        "| LN24 KTV | Congestion Charge | GBP 75.00 |"
    )
    body = f"Dear Mark,\n\nBelow are the fines we've paid and re-invoiced:\n\n{rows}\n\nThanks,\nFines Team"
    assert Violation.TERMS_CHANGE not in check_draft("Fines re-invoiced", body, reader=None).violations
    plan = (
        "Dear Mark,\n\nAs agreed, we've split the balance into these instalments:\n\n"
        "| Instalment | Due | Amount |\n|---|---|---|\n| 1 | 30/04 | GBP 70.00 |\n| 2 | 31/05 | GBP 75.00 |\n\n"
        "Thanks,\nAccounts"
    )
    assert Violation.TERMS_CHANGE in check_draft("Your plan", plan, reader=None).violations
