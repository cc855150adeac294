"""Session 24 (fresh sets 181 and 183): our solicitors copied on the letter, a file that would "end up" with them or
"goes to the lawyers", payment orders, bailiffs and credit reporting in Korean, Greek, Chinese and Belgian Dutch; a
charge renounced, a settlement "in full and final" in Greek; payment allowed later, "instead", with a later month's
invoice or by a permitted date (ko/zh); a wrong rate "de notre part", a Czech fault "on our side", responsibility
owned in one clause after a negation in another; sweepstakes and burglar jokes, a whole floor told, a business told
to find another trade; a Chinese bank account; another member's uncovered months. The sentences are variants
written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import _NOT_JUST_BEFORE, Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Our lawyers copied, a file that would land with them, an account that "goes to" collectors.
        (
            "For transparency, we have copied our solicitors on this email so they are aware of the balance.",
            L,
        ),
        ("In copia il nostro legale, per conoscenza.", L),
        ("Would hate for this to land on our lawyer's desk, so a payment this week would be great.", L),
        ("Pay by Friday or it goes to the debt collectors.", L),
        # ko, el, zh, nl-BE: a payment order, credit reporting, legal means, a bailiff.
        ("기한 내 입금되지 않으면 지급명령 신청을 진행할 수 있습니다.", L),
        ("Η υπόθεση θα διαβιβαστεί για έκδοση διαταγής πληρωμής.", L),
        ("若逾期未付，我们将把记录上报至征信系统。", L),
        ("我们将保留通过法律途径解决的权利。", L),
        ("Het dossier wordt overgemaakt aan onze gerechtsdeurwaarder.", L),
        # A charge renounced; a smaller sum as full and final settlement (el).
        ("Se salda entro venerdì, rinunciamo agli interessi di mora.", D),
        ("Είμαστε διατεθειμένοι να δεχτούμε 900,00 € ως πλήρη και οριστική εξόφληση.", D),
        # Payment allowed later: "instead", waved through, by a permitted date, with a later month's invoice.
        ("Det går bra att betala fakturan i slutet av maj i stället.", T),
        ("It's fine to pay it at the end of May instead.", T),
        ("You may pay by bank transfer at the end of next month instead.", T),
        ("Renunciamos a los recargos si paga hoy.", D),
        ("5월 31일까지 납부하셔도 괜찮습니다.", T),
        ("月底前付款也可以。", T),
        ("我们可以将付款期限延长至五月底。", T),
        ("Just pay it together with May's when that comes round.", T),
        # A credit to the reader past a hyphened compound.
        ("Da Sie gekündigt haben, wird Ihnen die Miete für März mit der April-Rechnung gutgeschrieben.", R),
        # Fault: a wrong rate on our part, an error on our side, responsibility after an earlier negation.
        ("La facture a été établie avec un mauvais tarif de notre part.", F),
        ("Chyba byla na naší straně, omlouváme se.", F),
        ("Il nostro tecnico ha installato un rilevatore non adatto, e la responsabilità è nostra.", F),
        # Sarcasm, jokes, bets, a floor or building told, a business told to give up.
        ("Funny how you want us watching your shop every night but can't find the money for it.", H),
        ("Maybe the next burglar can pay the invoice for you.", H),
        ("The front desk is taking bets on whether you pay before Easter.", H),
        ("I'll make sure everyone on the third floor knows why your office is locked.", H),
        ("Iedereen op de derde verdieping weet wie hier niet betaalt.", H),
        ("Damit alle im Haus Bescheid wissen, haben wir Ihr Schild abgenommen.", H),
        ("Maybe it's time to find another line of work.", H),
        ("Może czas pomyśleć o innej pracy?", H),
        (
            "Eine Firma, die nicht mal CHF 300.00 zahlen kann, sollte sich fragen, ob sie überhaupt eine Zukunft hat.",
            H,
        ),
        ("你们这种老赖我们见多了。", H),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Our own team or their lawyer copied; a question for our legal team; addresses.
        "I've copied our collections team so they can match your payment.",
        "I have copied your solicitor, as you asked.",
        "Your question goes to our legal team, who will reply by Friday.",
        "Your parcel may end up at the court street depot.",
        "Our office is at 12 Court Street, Leeds.",
        # No plan to take a step; our collections team (el); no credit reporting (zh); money sent to a bank (nl).
        "현재로서는 법적 절차를 진행할 계획이 없습니다.",
        "Η ομάδα εισπράξεων θα επικοινωνήσει μαζί σας.",
        "我们不会将记录上报征信系统。",
        "Uw betaling werd overgemaakt aan onze bank.",
        # A charge kept; a pay-by date asked for; another open invoice or bill already due.
        "Non rinunciamo agli interessi di mora previsti dal contratto.",
        "No renunciamos a los recargos pactados en el contrato.",
        # Another way to pay the same sum on the same date.
        "You can pay by card instead of bank transfer.",
        "You can also settle it by direct debit instead of cheque.",
        "Please pay by the end of May at the latest.",
        "5월 31일까지 납부해 주시기 바랍니다.",
        "请于3月31日前付款。",
        "付款期限不能延长至五月底。",
        "Please pay it together with the other open invoice.",
        "Why not pay it together with the March quarter rent?",
        # The customer's payment credited to an invoice; fault denied.
        "Sobald Ihre Zahlung eingegangen ist, wird sie der April-Rechnung gutgeschrieben.",
        "Il n'y a pas de mauvais calcul de notre part.",
        "Chyba nebyla na naší straně: banka platbu vrátila.",
        "Mrzí nás, že to trvá tak dlouho.",
        "La responsabilità non è nostra: il rilevatore è stato manomesso.",
        "We take no responsibility for the courier's delay.",
        # A burglar in an alarm company's ordinary text, a bet that is a figure of speech, a floor's amenities.
        "Our alarm alerts the police before a burglar can get in.",
        "If a burglar breaks in, your insurer pays for the repairs.",
        "I bet you're busy, but could you pay by Friday?",
        "The front desk has a sweepstake on the World Cup; payment details are below.",
        "Everyone on the third floor can use the new meeting room.",
        "Alle im Haus können den neuen Drucker nutzen.",
        "Funny how time flies: the invoice is already a month overdue.",
        "Ein Start-up, das gerade wächst, hat viele Rechnungen.",
        # A masked Chinese account and an invoice number.
        "账号尾号 6789",
        "发票号：2026031500012345",
        # "Abbiamo scoperto" is "we found", not months left uncovered.
        "Abbiamo scoperto che anche la fattura di marzo (€ 1.200,00) era stata inviata due volte.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_a_request_for_longer_terms_named_and_passed_on_is_no_change() -> None:
    asked = "Thank you for asking about moving to 60-day terms. I've passed your request to our credit controller."
    assert types(asked) == set()
    granted = "Thank you for asking about moving to 60-day terms; we have moved your account to 60-day terms."
    assert T in types(granted)


def test_a_chinese_bank_account_typed_into_the_message() -> None:
    body = "陈医生您好：\n\n请将款项汇至我司新的对公账户：\n\n开户行：某银行深圳分行\n账号：7559 2871 0410 602\n\n谢谢配合！"
    assert S in check_draft("关于发票的付款", body, reader=None).violations
    masked = body.replace("7559 2871 0410 602", "尾号 0602")
    assert Violation.SENSITIVE_DATA not in check_draft("关于发票的付款", masked, reader=None).violations


def test_another_member_named_with_uncovered_months() -> None:
    body = (
        "Ciao Elena,\n\nti scrivo per le mensilità ancora aperte (HW-1, HW-2, totale € 2.340,00). Ti capisco: anche lo "
        "Studio Legale Bianchi al terzo piano ha ancora 2 mensilità scoperte (€ 1.200,00), quindi non siete i soli!\n\n"
        "Fammi sapere quando pensi di riuscire a pagare.\n\nDavide"
    )
    assert S in check_draft("Mensilità arretrate", body, reader=None).violations
    own = body.replace(
        "anche lo Studio Legale Bianchi al terzo piano ha ancora 2 mensilità scoperte (€ 1.200,00)",
        "è un periodo difficile",
    )
    assert Violation.SENSITIVE_DATA not in check_draft("Mensilità arretrate", own, reader=None).violations


def test_only_a_negation_touching_a_waiver_denies_it_and_may_is_no_negation() -> None:
    # The check behind "No renunciamos a los recargos": a negation right before the verb, in folded text. "Mai" is
    # May in German and French ("bis Ende Mai streichen wir ..."), so it is not read as the Italian "never".
    assert _NOT_JUST_BEFORE.search("no ")
    assert _NOT_JUST_BEFORE.search("nous ne ")
    assert not _NOT_JUST_BEFORE.search("bis ende mai ")
    assert not _NOT_JUST_BEFORE.search("no, ")


def test_a_vat_number_near_the_word_for_bank_details_is_no_mistyped_iban() -> None:
    # "btw NL861234567B01" has an IBAN's shape but not its checksum; the footer's "bankgegevens" made it count as a
    # mistyped one. A VAT label before it says what it is; a real IBAN after the same label is still caught.
    footer = "KvK 71234567 · btw NL861234567B01 · Onze bankgegevens vindt u op de factuur."
    assert types(footer) == set()
    assert S in types("Bankgegevens: btw NL91ABNA0417164300.")
    assert S in types("Bankgegevens: IBAN NL91 ABNA 0417 1643 01, bitte prüfen.")
