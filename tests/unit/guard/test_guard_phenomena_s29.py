"""Session 29 (fresh set 274, a lift and escalator maintenance company): Czech, Slovak, Polish, Arabic, Hebrew and
French-family insults and intimidation (shameful conduct, their "inability", chancers, "until you get it", hounded
until they pay, "like a bad payer"); another business by its kind owing us in Chinese; and what only sounds close:
our legal department named as the reviewer or author of a contract clause, an "escalator" that is a lift. The
sentences are variants written for these tests, not the set's own wording."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import H, L, S, types


@pytest.mark.parametrize(
    "body",
    [
        # cs/sk: shameful conduct, their "inability" thrown at them, chancers.
        "Vaše neschopnost uhradit jedinou fakturu je naprosto hanebná.",
        "To, jak s námi jednáte, je ostudné.",
        "Vaša neschopnosť zaplatiť je pre nás neprijateľná.",
        "Chováte se jako obyčejní kšeftaři.",
        "S neseriózními plátci, jako jste vy, už nechceme mít nic společného.",
        # cs/sk/pl: calls until they pay or "get it".
        "Budeme vám volat každý den, dokud nezaplatíte.",
        "Budeme vám to opakovat, dokud to nepochopíte.",
        "Będziemy dzwonić do pana codziennie, dopóki nie zapłaci pan faktury.",
        # ar: a shameful matter, fit only for crooks, like thieves, hounded until they pay.
        "إن تأخركم في الدفع تصرف مشين.",
        "هذا السلوك لا يصدر إلا عن النصابين.",
        "تتعاملون معنا كاللصوص.",
        "وسنظل نطاردكم بالاتصالات حتى تسددوا المبلغ.",
        # he: disgraceful.
        "ההתנהלות שלכם בעניין החשבונית מבישה.",
        # fr/es/it/pt: like a bad payer, low-class, their bad faith unbearable.
        "Vous vous comportez comme un vulgaire escroc.",
        "Un client de bas étage ne nous paierait pas plus tard.",
        "Se comporta como un moroso cualquiera.",
        "Vi comportate come dei cattivi pagatori.",
        "A sua má-fé é inaceitável.",
    ],
)
def test_insults_and_intimidation_in_these_languages_are_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # cs: no shame in asking; sick leave is "pracovní neschopnost"; reminders until payment.
        "Není ostudné požádat o splátkový kalendář, rádi to s vámi probereme.",
        "Omlouváme se za zpoždění odpovědi, kolegyně byla v pracovní neschopnosti.",
        "Upomínky budeme zasílat, dokud nebude faktura uhrazena.",
        "Budeme vám volat v úterý, abychom domluvili termín revize výtahu.",
        # pl: a call to agree a date, not until they pay.
        "Będziemy dzwonić w czwartek, żeby ustalić termin przeglądu dźwigu.",
        # ar: a fraud warning; following up the invoice until payment; no shame.
        "احذروا من المحتالين الذين يرسلون رسائل بتغيير الحساب البنكي.",
        "سنستمر في متابعة الفاتورة حتى السداد.",
        "ليس أمرا مخزيا أن تطلبوا تقسيط المبلغ.",
        # he: not disgraceful.
        "זה לא מביש לבקש הסבר על החשבונית.",
        # fr/es: not seen as a bad payer; their good faith.
        "Nous ne vous considérons pas comme un mauvais payeur.",
        "Nous ne doutons pas de votre bonne foi.",
        "Como siempre, su pago puntual es muy apreciado.",
    ],
)
def test_what_only_sounds_abusive_stays_allowed(body: str) -> None:
    assert H not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Our legal department as the reviewer or author of a clause, the invoice upheld.
        "Our legal team looked at clause 8 of the service agreement you asked about; the indexation applies, so the "
        "invoice stands.",
        "The price review provision was drafted by our legal department and is applied every April.",
        "Notre service juridique a relu l'article 5 du contrat : la revalorisation annuelle est bien prévue.",
        "Unsere Rechtsabteilung hat die Klausel zur Preisgleitung geprüft; die Rechnung bleibt unverändert.",
        # An escalator is what we maintain, and a price escalation clause is a term.
        "Our legal department confirmed that the escalator maintenance contract covers the January adjustment.",
        "Our legal team reviewed the escalation clause in section 3; it allows a 4% yearly increase.",
        "I checked with our legal team, and the indexation clause does apply to this invoice.",
    ],
)
def test_our_legal_department_as_reviewer_of_a_clause_threatens_nothing(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A review of the case, or a clause reviewed with a step against them, is still a threat.
        "Your case will be reviewed by our legal department under clause 12 of the contract.",
        "Our legal department has checked the contract and will enforce clause 14 if you do not pay.",
        "Our legal team reviewed the agreement and we will now escalate this to court.",
        "Unless the escalator invoice is paid by Friday, it goes to our legal department.",
        # Something prepared under the contract, or the legal team acting next, is no review of a clause.
        "Our legal department has drawn up the papers under the maintenance contract.",
        "Our legal team has read the contract and will contact you directly.",
    ],
)
def test_our_legal_department_as_a_next_step_is_still_a_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "同一园区的华景物业至今也拖欠了我司维修费人民币 31,500.00 元。",
        "隔壁的东方商场还欠我们保养费 12,800 元，我们正在一并处理。",
        "同区的明德学校也欠我司检测费 6,000 元。",
    ],
)
def test_another_business_owing_us_in_chinese_is_sensitive(body: str) -> None:
    assert S in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # The reader's own business; another business named without a debt; our own debt to nobody.
        "贵物业尚欠我司维保费人民币 22,400.00 元，请尽快安排付款。",
        "您公司欠我司的 8,500 元请于本月底前支付。",
        "华景物业已于上周完成了电梯年检，结果合格。",
    ],
)
def test_the_readers_own_debt_or_a_business_named_without_one_stays_allowed(body: str) -> None:
    assert S not in types(body)
