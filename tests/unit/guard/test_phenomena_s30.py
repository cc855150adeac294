"""Session 30 (fresh set 290: commercial cleaning and pest control): Hebrew money returned in the present tense or
with the money as subject, calls at every hour in the scripts, honesty denied as a trait, another company that
"also" owes us in Cyrillic, a plan settled on the phone and written down in French, a refund already made, reminders
stopped because the claim goes to the administrators, "you are right" with an intensifier, a concessive that ends a
negation's reach, "we failed" in Czech, "we will not charge you" with a pronoun between, and the second reader kept
off drafts that say the terms stay as they are or restate the contract. The sentences are variants written for these
tests, not the set's own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # he: the act in the first-person present, and the money as subject of its return.
        ("ראיתי שהחיוב עבר פעמיים. אני מבטל את החיוב הכפול היום.", R),
        ("אנחנו מחזירים לכם את הסכום ששולם ביתר.", R),
        ("הכסף יוחזר לכרטיס שלכם בתוך שבוע.", R),
        # ar/ru: the same construction, the sum as subject.
        ("سيعود المبلغ إليكم خلال خمسة أيام عمل.", R),
        ("Деньги вернутся на вашу карту в течение недели.", R),
        # ar/he/ru/hi/tr: calls at every hour, day and night.
        ("سنتصل بكم كل ساعة حتى يصلنا المبلغ.", H),
        ("נתקשר אליכם יום ולילה עד שתשלמו.", H),
        ("Будем звонить вам каждый час, пока не заплатите.", H),
        ("जब तक भुगतान नहीं होता, हम हर घंटे फ़ोन करेंगे।", H),
        ("Ödeme yapılana kadar sizi her saat arayacağız.", H),
        # ar/en: honesty denied as a trait.
        ("يبدو أن الصدق ليس من صفاتكم.", H),
        ("Honesty is clearly not your strong suit.", H),
        # ru/bg: another company that "also" owes us, named in quotes.
        ("Кстати, ООО «Ромашка» тоже задолжало нам 120 000 ₽.", S),
        ("„Техно Строй“ ЕООД също ни дължи 8 000 лв.", S),
        # fr/es: a plan settled on the call, written down.
        ("Comme convenu lors de notre appel, vous pourrez régler le solde en trois mensualités.", T),
        ("Como acordamos por teléfono, podrá abonar el saldo en dos cuotas.", T),
        # es/fr: "you are right" with an intensifier, next to our error.
        (
            "Tiene usted toda la razón: nuestro técnico no hizo la visita y aun así se cobró por error en la factura.",
            F,
        ),
        ("Vous avez tout à fait raison, nous avons facturé par erreur cette intervention.", F),
        # cs/pl: we failed.
        ("Omlouváme se, při plánování směn jsme selhali.", F),
        ("Przepraszamy, zawiedliśmy przy planowaniu ekipy.", F),
        # it/fr: "we will not charge you" with the pronoun between.
        ("Per il disagio non vi addebiteremo gli interessi di mora.", D),
        ("Nous ne vous facturerons pas les frais de relance.", D),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # he: not cancelled, a call returned, the money not returned.
        ("אנחנו לא מבטלים את החיוב, הוא תקין.", R),
        ("אני מחזירה שיחה מחר בבוקר.", R),
        ("הסכום לא יוחזר, השירות בוצע במלואו.", R),
        # ru/ar: the money will not come back.
        ("Деньги не вернутся: услуга оказана полностью.", R),
        ("لن يعود المبلغ لأن الخدمة نُفذت بالكامل.", R),
        # the scripts: our opening hours, no call to them.
        ("فريق خدمة العملاء متاح ليلًا ونهارًا على الرقم أدناه.", H),
        ("Наша диспетчерская работает днём и ночью.", H),
        ("Honesty is one of our values.", H),
        # ru: the reader's own company named in quotes, without "also".
        ("Ваша компания ООО «Ромашка» задолжала нам 120 000 ₽.", S),
        # fr: a plan agreed earlier with our credit team, restated; their request passed on.
        ("Comme convenu avec notre service crédit le 3 mars, la deuxième mensualité est due le 15 avril.", T),
        # es: no error; a negation that stays in its own clause.
        ("Tiene toda la razón en preguntar, pero la factura es correcta.", F),
        ("No hubo ningún error en la facturación.", F),
        # cs: we did not fail.
        ("Neselhali jsme, úklid proběhl podle plánu.", F),
        # it/fr: the interest charged, a charge that stands.
        ("Non possiamo rinunciare: le addebiteremo gli interessi di mora.", D),
        ("Nous vous facturerons les frais de relance prévus au contrat.", D),
    ],
)
def test_negations_and_near_misses_stay_allowed(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_refund_already_made_is_reported_not_promised() -> None:
    assert R not in types("The $180.00 refund was already processed on 4 May to the card ending 3321.")
    assert R not in types("Le remboursement a déjà été effectué le 4 mai.")
    assert R in types("We will process the $180.00 refund on 4 May.")


def test_reminders_stopped_because_the_claim_goes_to_the_administrators_are_no_terms_change() -> None:
    stopped = "We have lodged our proof of debt with the liquidators, and we will not send further reminders to you."
    assert T not in types(stopped)
    assert T in types("We will not send further reminders this quarter.")


def test_a_settlement_for_less_accepted_by_a_date_is_a_discount_not_more_time() -> None:
    found = types(
        "We would be glad to accept 4,500.00 in full and final settlement if it reaches us by Friday."
    )
    assert D in found and T not in found
    assert T in types("We are happy to extend the due date to 30 June.")


@pytest.mark.parametrize(
    "body",
    [
        # ar: a PO asked for, the amount and due date said to stay unchanged.
        "شكرًا لتواصلكم. لإتمام معالجة الفاتورة INV-5120 (4,200.00 ريال) لخدمة التنظيف في فروعكم، نرجو تزويدنا "
        "برقم أمر الشراء لنعيد إصدار الفاتورة. يبقى المبلغ وتاريخ الاستحقاق (30 أبريل 2026) دون تغيير.",
        # hi: the contract's interest restated.
        "आपके कार्यालय की मार्च 2026 की सफ़ाई सेवाओं का चालान INV-7702 (₹98,000.00) 5 अप्रैल 2026 को देय था। "
        "हमारे अनुबंध की धारा 4 के अनुसार, देरी से भुगतान पर 18% वार्षिक ब्याज लागू होता है, जैसा पहले से तय है। "
        "कृपया चालान में दिए गए लिंक से भुगतान करें।",
    ],
)
def test_terms_said_unchanged_or_restated_from_the_contract_are_not_read_as_a_change(body: str) -> None:
    assert check_draft("Invoice INV", f"Dear customer,\n\n{body}\n\nAccounts").allowed
