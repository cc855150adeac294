"""Session 27, second round (fresh sets 228, 233 and 234): a Japanese credit note issued or a sum taken off the next
bill, a Hungarian credit as a noun, a Chinese refund sent back to the account; a Chinese error that "was ours" (either
script) and the blame placed on us, a Hebrew error and responsibility that are ours, a German "auf unsere Kappe"; a
Hebrew waiver and a smaller sum accepted; an Austrian waiver of "Spesen"; Swiss debt enforcement in French; Belgian
compounds for the bailiff and the court; Latin-American court collection and credit bureaus; Thai shaming. Another
business named with what it owed us in a relative clause, or a Chinese one that owes us; a bank account with its kind
and "N°" between label and digits; a matter closed "for" a smaller sum; a Rioplatense date "corrido" and an English
date left open; a Turkish share of the debt struck off; an English, a Hungarian belittling. And what only sounds
close: a venue named after the court, a Belgian "Gerechtsstraat", the insurer's refund or lawyer. The sentences are
variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # ja: a credit note issued, the sum deducted from the next bill.
        ("割れていたグラス12個分につきまして、クレジットノートを発行いたします。", R),
        ("不足分の4,400円は次回のご請求から差し引かせていただきます。", R),
        # hu: a credit issued as a noun.
        ("A hiányzó tételekre 18 000 Ft értékű jóváírást adunk.", R),
        # zh: the overpayment sent back to the account.
        ("我们会在三个工作日内将重复支付的款项退还到您的账户。", R),
        # zh: the error named as ours in either script, the blame ours.
        ("经核实，确实是我们仓库的录入错误。", F),
        ("這次確實是我們會計部門的計算錯誤。", F),
        ("此事责任完全在我方。", F),
        # he: the error was ours, the responsibility lies with us.
        ("בדקנו, והשגיאה בחשבון היא שלנו.", F),
        ("האחריות לחיוב הכפול מוטלת עלינו.", F),
        # he: a charge given up, a smaller sum accepted.
        ("אם התשלום יגיע השבוע, נוותר על הקנס.", D),
        ("נסתפק ב-9,000 ₪ ונסגור את התיק.", D),
        # de-AT: fees called "Spesen" waived.
        ("Bei Zahlung bis Monatsende verzichten wir auf die Mahnspesen.", D),
        # fr-CH: Swiss debt enforcement.
        ("Sans paiement sous 10 jours, nous engagerons une procédure de poursuite contre votre société.", L),
        # nl-BE: the bailiff and the court in compounds.
        ("Zonder betaling sturen wij het dossier naar onze gerechtsdeurwaarder.", L),
        ("Blijft de factuur open, dan wordt u gedagvaard voor de arbeidsrechtbank.", L),
        # es (Latin America): court collection, the credit bureau.
        ("Sin pago esta semana pasaremos la deuda a cobranza judicial.", L),
        ("De no recibir el pago, su empresa será reportada a Veraz.", L),
        # th: shameful, you lot have no sense of responsibility.
        ("เป็นเรื่องน่าอับอายที่บริษัทใหญ่ไม่ยอมจ่าย", H),
        ("พวกคุณมันไร้ความรับผิดชอบจริงๆ", H),
    ],
)
def test_a_commitment_or_abuse_in_these_wordings_is_caught(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # ja: a credit note declined.
        ("クレジットノートの発行は致しかねます。", R),
        # hu: no credit given.
        ("Sajnos jóváírást nem adunk.", R),
        # zh: we cannot return it; what the customer sent back.
        ("我们无法退还这笔款项。", R),
        ("我们已收到您退回的货物。", R),
        # zh: not our error, or asked whether it was.
        ("这不是我们的错误。", F),
        ("请确认是否是我们的录入错误？", F),
        # he: the error was not ours.
        ("השגיאה לא הייתה שלנו.", F),
        # he: we will not waive the fine.
        ("לא נוותר על הקנס.", D),
        # de-AT: the Spesen stand.
        ("Auf die Mahnspesen können wir leider nicht verzichten.", D),
        # fr: to carry on is no enforcement.
        ("Nous souhaitons poursuivre notre collaboration.", L),
        # es: no court collection; DICOM as an image format.
        ("No iniciaremos la cobranza judicial.", L),
        ("Le enviamos las imágenes en formato DICOM.", L),
        # th: not shameful.
        ("การขอเลื่อนชำระไม่ใช่เรื่องน่าอับอาย", H),
    ],
)
def test_the_negation_or_near_miss_is_not(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_venue_or_a_street_named_after_the_court_is_an_address() -> None:
    venue = "Factura 2217 pentru livrarea la Bistro Tribunal, Strada Tribunalului 4, Iași, este scadentă."
    assert L not in types(venue)
    street = "U kunt ook langskomen in onze vestiging in de Gerechtsstraat 12."
    assert L not in types(street)
    assert L in types("Zonder betaling stappen wij naar de rechtbank.")


def test_the_insurers_refund_or_lawyer_is_theirs() -> None:
    insurer = "De terugbetaling via uw verzekeraar is volgens ons nog lopende; het saldo blijft 800,00 EUR."
    assert R not in types(insurer)
    assert R in types("Wij zullen u het bedrag van 800,00 EUR terugbetalen.")
    lawyer = "Le reenviamos al abogado de la aseguradora la factura y las fotos del vehículo."
    assert L not in types(lawyer)
    assert L in types("Si no paga, pasaremos el caso a nuestro abogado.")


def test_another_business_and_what_it_owed_us_in_a_relative_clause() -> None:
    other = "Otros restaurantes, como la Parrilla Don Tito, que nos debía 2.150,00 €, ya están al día."
    assert S in types(other)
    assert S in types("Mill Lane Bakery, who owed us £640, settled last week.")
    # The reader's own debt, even capitalised at the start of a sentence, is theirs to hear.
    assert S not in types("Su Empresa, que nos debe 2.150,00 €, tiene la factura vencida.")
    assert S not in types("Le recordamos que nos debe 2.150,00 € desde marzo.")


def test_a_bank_account_with_its_kind_and_number_label_between() -> None:
    typed = "Banco del Sur, cuenta corriente N° 31-207-55418-09, a nombre de Comercial Aurora Ltda."
    assert S in types(typed)
    # A ledger account with us, no bank named, is not a bank account.
    assert S not in types("Su cuenta corriente N° 4471 con nosotros muestra un saldo de $ 95.000.")


def test_closing_the_matter_for_a_smaller_sum_named_after_for() -> None:
    offered = (
        "Se pagarem até sexta, podemos encerrar a pendência das notas 12 e 13 (R$ 8.200,00) por R$ 6.900,00."
    )
    assert D in types(offered)
    # The full sum, or the offer refused, is no discount.
    assert D not in types("Podemos encerrar a pendência das notas 12 e 13 por R$ 8.200,00, o valor integral.")
    assert D not in types("Não podemos encerrar a pendência (R$ 8.200,00) por R$ 6.900,00.")


@pytest.mark.parametrize(
    "body",
    [
        "Tranqui, te corremos el vencimiento de la factura al 20 de enero.",
        "No rush on the 12 May date: pay us when the grant lands.",
        "Pay whenever suits you, no stress.",
    ],
)
def test_a_date_moved_or_left_open_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "No podemos correr el vencimiento de la factura.",
        "El vencimiento corre desde la fecha de emisión.",
        "Please do not just pay whenever you like; the due date is 12 May.",
        "Please pay when you receive the statement.",
    ],
)
def test_a_date_kept_is_no_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # tr: a share of the debt struck off.
        ("Toplam 12.000,00 TL borcunuzun %15'ini siliyoruz.", D),
        # en: unfit for their own trade, shamed against the others.
        ("If you can't keep your books, maybe you shouldn't be running a café.", H),
        ("Every other shop on the street manages it.", H),
        # hu: a dishonest character.
        ("Egy ilyen becstelen alakkal nem szívesen dolgozunk.", H),
    ],
)
def test_a_struck_share_or_a_belittling_is_caught(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        ("Borcunuzun %15'ini silemiyoruz.", D),
        ("You shouldn't be charged twice for this.", H),
        ("Everyone else manages their own bookings through the portal.", H),
        ("A tisztességtelen kereskedelmi gyakorlat tilos.", H),
    ],
)
def test_the_refusal_or_plain_use_is_not(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_german_idiom_or_a_slip_at_ours_admits_fault() -> None:
    assert F in types("Das geht eindeutig auf unsere Kappe.")
    assert F in types("Da ist bei uns in der Buchhaltung etwas schiefgelaufen.")
    assert F not in types("Das geht nicht auf unsere Kappe.")
    assert F not in types("Bei uns ist nichts schiefgelaufen, die Lieferung war vollständig.")


def test_another_chinese_business_that_owes_us() -> None:
    assert S in types("顺便说一下，隔壁的华强五金店欠我们 12,000 元一直没还。")
    assert S not in types("贵公司欠我们 12,000 元，请尽快付款。")


def test_whenever_convenient_before_the_due_date_keeps_the_terms() -> None:
    kept = "It stays due on 14 April; you can use the pay link at https://pay.example/c/77 whenever is convenient before then."
    assert T not in types(kept)
    assert T in types("Use the link whenever is convenient for you, next month is fine too.")
