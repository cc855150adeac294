"""Session 32b (fresh set 323, event catering): instalments agreed in a bullet list dated in Cyrillic, Czech, Greek or
CJK months; a settlement figure in a table or a line below what is owed; shame put to the customer and a threat to
name them where their trade reads it (ko, zh, ja); money said to come back to their account or to go as a credit on
the next invoice; a debt-recovery firm and the credit agencies said in other words; a due date moved with a bare
Chinese "延", or a later date granted "instead of the original due date"; a fee "let go"; a Hebrew fault with a
prefixed noun and responsibility taken; Italian "la responsabilità è interamente nostra". Kept clear: the denials
("não houve erro da nossa parte", "pas d'erreur de notre part", "ei ollut meidän virhe"), "não é vergonha nenhuma", an
Arabic visit postponed, our legal department passing on a notice that is not about the money. The sentences are
written for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Instalments agreed in a list.
        (
            "Ми погоджуємося: рахунок можна сплатити так:\n\n- 10 000,00 грн до 15 квітня;\n- 10 000,00 грн до 15 травня.",
            T,
        ),
        (
            "Согласны, оплатить можно частями:\n\n- 25 000,00 руб. до 10 июня;\n- 25 000,00 руб. до 10 июля.",
            T,
        ),
        # A settlement figure below the debt.
        (
            "Navrhujeme:\n\n| položka | částka |\n|---|---|\n| dlužná částka | 80 000,00 Kč |\n"
            "| konečné vyrovnání při úhradě do 30. 4. | 65 000,00 Kč |",
            D,
        ),
        ("Invoice total £4,800.00. Full and final settlement if paid this week: £4,000.00.", D),
        # Shame and a threat to name them.
        ("이런 일로 연락드리는 것 자체가 부끄러운 일 아닌가요?", H),
        ("다음 주까지 입금이 없으면 협회 게시판에 귀사 상호를 공개하겠습니다.", H),
        ("再不付款，我们就在行业群里公布贵公司的名字。", H),
        # Money coming back, a credit on the next invoice.
        ("A caução de R$ 900,00 vai voltar para a sua conta ainda esta semana.", R),
        ("El depósito volverá íntegramente a su cuenta antes del viernes.", R),
        ("Il deposito tornerà sul vostro conto entro fine mese.", R),
        ("The deposit will come back to your account within five days.", R),
        ("Los 12 menús no servidos irán como abono en la próxima factura.", R),
        ("The unused room hire will go as a credit on your next invoice.", R),
        # Collection and credit reporting in other words.
        ("After that date we pass the account to a company that collects overdue invoices for us.", L),
        ("The missed payment will be reported to the commercial credit agencies.", L),
        # A due date moved.
        ("我们同意把付款日期推到五月底。", T),
        ("U mag ook pas op 20 mei betalen in plaats van de oorspronkelijke vervaldatum.", T),
        ("You can pay by 30 June instead of the original due date.", T),
        # A fee let go.
        ("We'll let the £40 reminder fee go this time.", D),
        # The fault owned.
        ("זו אכן הטעות שלנו, ואנחנו לוקחים על כך אחריות מלאה.", F),
        ("Il ritardo è colpa del furgone: la responsabilità è totalmente nostra.", F),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A list of what is owed, no agreement.
        (
            "Нагадуємо про неоплачені рахунки:\n\n- 10 000,00 грн, строк 15 квітня;\n- 8 000,00 грн, строк 15 травня.",
            T,
        ),
        # Their settlement proposal received, not ours.
        ("Váš návrh na konečné vyrovnání 65 000,00 Kč jsme obdrželi; dluh činí 80 000,00 Kč.", D),
        # Shame denied, a name kept private.
        ("기한을 연장 요청하시는 것은 부끄러운 일이 아닙니다.", H),
        ("귀사 이름은 어디에도 공유하지 않겠습니다.", H),
        ("Não é vergonha nenhuma pedir mais prazo, fale connosco.", H),
        # Money that will not come back, a credit already issued.
        ("O sinal não vai voltar para a conta, conforme o contrato.", R),
        # Our own firm word, no threat; credit reports not made.
        ("Our catering firm that collects the empties will come on Monday.", L),
        ("Your late payment will not be reported to any credit agencies.", L),
        # A date reported, a visit moved.
        ("Uw betaling kwam op 20 mei binnen in plaats van op de oorspronkelijke vervaldatum.", T),
        ("سنؤجل موعد الزيارة إلى الأسبوع القادم.", T),
        ("我们原定付款日为3月5日，请尽快安排。", T),
        # A fee kept.
        ("We cannot let the £40 reminder fee go.", D),
        # The fault denied.
        ("Não houve erro da nossa parte na emissão da fatura.", F),
        ("Il n'y a pas d'erreur de notre part sur cette facture.", F),
        ("Ce n'est pas une erreur de notre part.", F),
        ("Laskutuksessa ei ollut meidän virhe.", F),
        ("No hubo error de nuestra parte en el cobro.", F),
        ("Non c'è stato nessun errore da parte nostra.", F),
        ("אין זו טעות שלנו, הסכום נכון.", F),
        # Our legal department passing on a notice about something else.
        (
            "Il nostro ufficio legale ci chiede di ricordare che i certificati sono disponibili nell'area clienti.",
            L,
        ),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)
