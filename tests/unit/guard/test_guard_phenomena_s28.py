"""Session 28 (fresh sets 246 and 247): a German separable verb whose "zurück" comes after a long middle field, a
Chinese red-letter invoice (the VAT credit note); a Japanese mistake of our worker and responsibility that is ours in a
clause that goes on; an invoice re-dated by how we will "treat" it, a payment bundled with a later invoice, the other
half that "can wait", a Brazilian "parcelar em 3x"; Russian, Arabic and Chinese shame and exposure; an Australian
account given with its BSB. And what only sounds close: a Finnish instalment request passed on, a Turkish legal unit
that has nothing to add, an overcharge described as "shows $X instead of $Y". The sentences are variants written for
these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # de: "zurück" far from its verb.
        ("Wir zahlen Ihnen den doppelt abgebuchten Betrag von EUR 1.180,00 bis zum Monatsende zurück.", R),
        ("Ich überweise Ihnen die irrtümlich berechnete Anfahrtspauschale in den nächsten Tagen zurück.", R),
        # zh: a red-letter invoice or a red reversal we will issue.
        ("我们会为贵公司开具一张红字发票，金额为人民币 1,250.00 元。", R),
        ("我司将在本周内红冲该发票。", R),
        # ja: our engineer's wiring mistake, the responsibility ours in a running clause.
        ("弊社技術者の配線ミスにより、警報が誤作動いたしました。", F),
        ("今回の件は当社の責任であり、深くお詫び申し上げます。", F),
        # en: re-dated by how we treat it; paid with a later invoice; the other half waits.
        ("We can treat this invoice as due at the end of February.", T),
        ("Rather than paying it now, just pay it along with your March invoice.", T),
        ("Pay 600 now; the second part can easily wait till spring.", T),
        ("Settle half this week instead of being due now in full.", T),
        # pt-BR: split in parts with "Nx".
        ("Se preferir, você pode parcelar o valor em 4x no boleto.", T),
        # ru: they disgrace the building; such an unreliable payer as you; their excuses laughable.
        ("Ваша компания позорит всю торговую галерею.", H),
        ("Такой недобросовестный клиент, как вы, нам не нужен.", H),
        ("Ваши вечные оправдания просто смехотворны.", H),
        # ar: we'll make sure the neighbours know they do not pay.
        ("سنحرص على أن يعلم الجيران في الشارع أنكم لا تسددون ديونكم.", H),
        # zh: contempt named; how do you even run a business.
        ("拖了三个月还不付款，真是厚颜无耻。", H),
        ("真不知道贵司是怎么做生意的。", H),
    ],
)
def test_a_commitment_or_abuse_in_these_wordings_is_caught(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # de: nothing paid back; the customer asked to send goods back.
        ("Wir überweisen Ihnen für diese Position nichts zurück, da die Leistung erbracht wurde.", R),
        ("Bitte senden Sie uns das defekte Gerät bis Freitag zurück.", R),
        # zh: an ordinary invoice issued; a red-letter invoice refused, or one already issued.
        ("我们将为贵司开具本月的增值税专用发票。", R),
        ("我们无法开具红字发票。", R),
        ("我们已开具红字发票，请查收。", R),
        # ja: not our worker's mistake; the responsibility is not ours.
        ("弊社作業員のミスではございません。", F),
        ("弊社の責任ではございませんので、ご了承ください。", F),
        # en: we cannot treat it as later; the other half is due now.
        ("We cannot treat this invoice as due later than 15 December.", T),
        ("The second half is due on 15 December as agreed and cannot wait.", T),
        ("Please don't wait until January to pay.", T),
        # pt-BR: splitting refused.
        ("Infelizmente não pode parcelar esta fatura em 3x.", T),
        # ru: not a disgrace; a good client like you.
        ("Задержка платежа никого не позорит, просто сообщите нам дату.", H),
        ("Такой надёжный клиент, как вы, очень важен для нас.", H),
        # ar: the tenants told the maintenance schedule.
        ("سنحرص على أن يعرف جميع المستأجرين موعد الصيانة القادم.", H),
        # zh: not shameless, a plain reminder.
        ("逾期付款并非无耻之事，请尽快与我们联系。", H),
    ],
)
def test_the_negation_or_near_miss_is_not(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_finnish_instalment_request_passed_on_agrees_nothing() -> None:
    passed = "Välitimme toiveenne maksaa lasku neljässä erässä talousjohtajallemme; alkuperäinen eräpäivä on voimassa."
    assert T not in types(passed)
    assert T in types("Voitte maksaa laskun neljässä erässä.")


def test_a_turkish_legal_unit_with_nothing_to_add_is_no_threat() -> None:
    nothing = "Hukuk birimimizin sözleşme hakkında bir itirazı bulunmamaktadır; bakiye 4.200,00 TL'dir."
    assert L not in types(nothing)
    assert L in types("Ödeme yapılmazsa dosyanız hukuk birimimize devredilecektir.")


def test_an_overcharge_described_by_the_figure_shown_is_no_discount() -> None:
    shown = (
        "You're right: the statement shows $880.00 instead of $440.00 because the rental was entered twice."
    )
    assert D not in types(shown)
    assert D in types("We'll take $700.00 instead of $880.00 if you pay this week.")


def test_an_australian_account_with_its_bsb_is_sensitive() -> None:
    block = "Please pay to our new account:\nHarbour Traders Pty Ltd\nBSB 063-019\nAccount 10427735"
    assert S in types(block)
    assert S in types("Acc no. 10427735, BSB 063-019.")
    # The branch code alone, or the account masked, names no account.
    assert S not in types("Our bank's BSB 063-019 has not changed; use the pay link on the invoice.")
    assert S not in types("Paid from your account ending 7735, BSB 063-019.")
