"""Session 29b (fresh sets 279 and 280: a vet lab and farm feed, print finishing and exhibition stands): Austrian
dunning fees waived, pt-BR instalments in the passive, a neighbour's debt named in pt/es/it and in Arabic, nb/sv shame,
a Russian password after the word, zh fault and refunds in a long clause, Thai fees of any kind, sk damage we did,
pt-PT deadlines pushed out; and what only sounds close: a Hungarian legal department said not to be involved, an
Arabic "Court Street", what could not be done to the thing refunded, a smaller sum "instead of" the full one, the
customer's own promise reported in Portuguese. The sentences are variants written for these tests, not the sets'
own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # de-AT: the dunning fees ("Mahnspesen") forgiven.
        ("Bei Zahlung bis Monatsende erlassen wir Ihnen die Mahnspesen von EUR 18,00.", D),
        ("Die Mahnspesen in Höhe von EUR 12,00 streichen wir.", D),
        # th: any fee ("ค่า...") waived or not collected.
        ("หากชำระภายในสิ้นเดือน เราจะยกเว้นค่าขนส่งทั้งหมด 2,500 บาท", D),
        ("บริษัทจะงดเก็บค่าจัดเก็บสินค้าให้ในเดือนนี้", D),
        # pt-BR: the invoice "stays split" into instalments.
        ("Tudo certo: o boleto fica parcelado em 4 vezes de R$ 500,00.", T),
        ("A fatura será dividida em duas parcelas, com vencimentos em maio e junho.", T),
        # pt-PT: the deadline pushed out.
        ("Podemos prorrogar o prazo de pagamento da fatura para 60 dias.", T),
        ("Alargamos o prazo desta fatura até ao fim de junho.", T),
        # zh: the refund to them, and our error after a long subject.
        ("我們將於下週把發票 AB-771 的預付款 NT$ 12,000 全額退款給貴公司。", R),
        ("我们会尽快办理退款。", R),
        ("關於貴司訂單 PO-55102 第二批海報的裁切尺寸問題，確實是我們的疏失，深感抱歉。", F),
        # sk/cs/pl: the damage was ours.
        ("Vitrínu sme pri montáži poškodili my, preto vám ju nebudeme účtovať.", F),
        ("Poškodili jsme vaši zásilku při vykládce.", F),
        ("Niestety uszkodziliśmy stoisko podczas transportu.", F),
        # nb/sv: a disgrace to the trade; everyone in their circle told they do not pay.
        ("Dere er en skam for hele bransjen.", H),
        ("Ni är en skam för branschen.", H),
        ("Alle på markedet vet at dere ikke betaler regningene.", H),
        # ru/bg: a password after the word, no colon.
        ("Войдите в кабинет: логин fermer-42, пароль Oves!2026rus.", S),
        ("Для входа используйте пароль Zx9pQ7mt.", S),
        # pt/es/it: a neighbour named with its debt, an aside between.
        ("A Padaria Estrela Dourada, na mesma rua, também está devendo R$ 4.800,00.", S),
        ("La Ferretería Los Pinos también nos debe 3.200,00 € desde enero.", S),
        ("La Cooperativa Monti Verdi ci deve ancora 2.150,00 € da marzo.", S),
        # ar: another company's arrears by their sum.
        ("مؤسسة النور للتجارة عليها كذلك 75,000 جنيه منذ فبراير.", S),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # de: the fees stand.
        ("Die Mahnspesen von EUR 18,00 können wir leider nicht erlassen.", D),
        ("Laut Vertrag werden Mahnspesen von EUR 12,00 verrechnet.", D),
        # th: "ยกเว้น" as "except", and a fee not waived.
        ("สำนักงานเปิดทุกวัน ยกเว้นวันอาทิตย์", D),
        ("เราไม่ยกเว้นค่าขนส่งในกรณีนี้", D),
        # pt: not split, an instalment plan they ask for passed on, a deadline we cannot move.
        ("A fatura não fica dividida em parcelas; o vencimento mantém-se.", T),
        ("Não podemos prorrogar o prazo de pagamento desta fatura.", T),
        # zh: their refund application, a refund refused, an error not ours.
        ("我們已收到您的退款申請，將轉交相關部門。", R),
        ("很抱歉，我們無法退款。", R),
        ("經查，這批海報的裁切尺寸問題並非是我們的疏失。", F),
        # sk/cs: not damaged by us, or asked whether we did.
        ("Stánok sme nepoškodili, bol poškodený už pri odovzdaní.", F),
        ("Preverujeme, či sme stánok pri preprave poškodili my.", F),
        # nb/sv: no shame in asking; everyone knows the payment is on its way.
        ("Det er ingen skam å be om en betalingsplan.", H),
        ("Du er ikke en skam for noen, vi vil bare ha betalt.", H),
        ("Alle i teamet vet at betalingen er på vei.", H),
        # ru: the password is never sent; reset by link.
        ("Пароль от личного кабинета мы никогда не запрашиваем.", S),
        ("Сбросить пароль можно по ссылке https://pay.example/reset.", S),
        # pt/it: the reader's own business, politely.
        ("A Vossa Empresa também está devendo R$ 4.800,00 desde março.", S),
        ("La Vostra Azienda ci deve ancora 2.150,00 €.", S),
    ],
)
def test_negations_and_near_misses_stay_allowed(body: str, violation: object) -> None:
    assert violation not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # hu: the legal department named only to say it is not involved.
        "A jogi osztályunk nem foglalkozik a számlával, ez csak egy baráti emlékeztető.",
        # ar: a street named after the court or justice is an address.
        "يرجى زيارة مكتبنا في 7 شارع المحكمة، الدقي، الجيزة لاستلام النسخة الأصلية.",
        "العنوان: 15 ميدان العدل، الإسكندرية.",
    ],
)
def test_what_only_sounds_legal_stays_allowed(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # hu: the legal department as the next step, a condition after it.
        "Az ügyet átadjuk a jogi osztályunknak, ha nem fizet péntekig.",
        # ar: the matter taken to court.
        "سنرفع الأمر إلى المحكمة إذا لم يتم السداد.",
    ],
)
def test_the_legal_step_itself_is_still_a_threat(body: str) -> None:
    assert L in types(body)


def test_what_could_not_be_done_to_the_refunded_thing_does_not_negate_the_credit_note() -> None:
    assert R in types("Le invieremo una nota di credito per le analisi che non è stato possibile eseguire.")
    assert R in types("We will issue a credit note for the samples that could not be tested.")
    assert R not in types("Non emetteremo una nota di credito per le analisi già eseguite.")


def test_a_smaller_sum_instead_of_the_full_one_is_a_discount_not_a_later_date() -> None:
    found = types(
        "Pay by Friday and we'll waive the courier fee, so you'd only pay USD 950.00 instead of USD 1,000.00."
    )
    assert D in found and T not in found
    assert T in types("You can pay the balance at the end of next month instead.")


def test_the_customers_own_promise_reported_in_portuguese_is_not_a_plan_for_the_reader() -> None:
    body = (
        "Olá Ana,\n\nConforme nos disse hoje por telefone, a vossa empresa vai pagar a fatura FT 2025/310 "
        "(2.400,00 €) até 15 de maio. As condições de pagamento mantêm-se e não há qualquer alteração ao "
        "vencimento acordado.\n\nCumprimentos,\nContas a Receber"
    )
    assert check_draft("A sua fatura FT 2025/310", body).allowed
