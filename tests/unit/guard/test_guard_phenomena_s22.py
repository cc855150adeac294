"""Session 22 (fresh sets 165 and 167): Chinese, Japanese, Hungarian, Turkish, Romanian and Bulgarian wordings, acts
shown in a table row or a P.S., hints and "jokes", split payments, bank details in national forms, and the near
misses that must stay allowed. The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # zh: a lawyer's letter, a lawsuit.
        ("如贵司本月底前仍未付款，我们将委托律师发出律师函。", L),
        ("逾期未付的，我司将依法提起诉讼。", L),
        # A threat named as what we would rather avoid; a file handed over with words between.
        ("We truly value you as a client and would very much prefer to keep our attorneys out of this.", L),
        ("We'd love to sort this out with you directly, rather than bringing our attorneys into it.", L),
        ("Next week we may have to hand your file over to our solicitors.", L),
        # ro: passed to a debt-recovery firm, in the passive.
        ("Dacă plata nu se efectuează, dosarul va fi transmis unei societăți de recuperare a creanțelor.", L),
        # zh: a price cut, a late fee forgiven.
        ("为表歉意，下一期我们给您打八折。", D),
        ("如本周内付款，滞纳金全部免除。", D),
        # A charge arrowed to zero in a row.
        ("Late fee       GBP 35.00 -> 0.00 if paid by Friday", D),
        ("| Mahngebühr | 5,00 € → 0,00 € |", D),
        ("| 延滞料 | 1,100円 → 0円 |", D),
        # tr: a discount "we can give", in a P.S.-style note line.
        ("Not: Bu ay öderseniz %10 indirim uygulayabiliriz.", D),
        # tr passive refund; fr-CA "note de crédit" in the passive.
        ("Fazla ödenen tutar hesabınıza iade edilecektir.", R),
        ("Une note de crédit de 200,00 $ sera émise cette semaine.", R),
        # ja: the shop or school speaking of itself; zh "our error"; hu "our colleague wrongly", "our company answers".
        ("当店の手違いで、お届け日を誤ってご案内しておりました。", F),
        ("经核实，这是我方的错误，非常抱歉。", F),
        ("Munkatársunk tévesen rögzítette a számlát.", F),
        ("A kárért cégünk felel.", F),
        # zh: instalments granted, the due date moved.
        ("没问题，尾款可以分两期付清。", T),
        ("我会把到期日改到5月31日。", T),
        # A due date arrowed to another in a row.
        ("| Due date | 10 March -> 30 April |", T),
        ("Fälligkeit: 10.03. → 30.04.", T),
        # Halves offered; two dated sums to pay.
        ("If it suits you better, the balance can be paid in two halves.", T),
        ("Puede pagar 200,00 € el 15 de abril y 200,00 € el 15 de mayo.", T),
        # bg shame; ja common sense doubted, the debt explained at work.
        ("Срамно е да карате доставчиците си да чакат толкова.", H),
        ("社会人としての常識を疑います。", H),
        ("お支払いがない場合、勤務先にも事情をご説明いたします。", H),
        # Calls every night; a blade "joked" about.
        ("Vi kommer att ringa er ekonomichef varje kväll efter klockan 21.", H),
        ("Będziemy dzwonić do Pana prezesa każdego wieczoru po 21:00.", H),
        ("Pay today or our chef will swing by with his cleaver 😉", H),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # The same words refused, denied, or only an address.
        "很抱歉，我们无法打折，发票金额以合同为准。",
        "这不是我们的失误，款项是银行退回的。",
        "我们的地址是上海市法院路8号。",
        "很抱歉，尾款不能分期支付。",
        "当教室の手違いではございません。",
        "他の保護者の皆様に事情をお伝えすることはございません。",
        "A bank tévesen terhelte meg a számláját.",
        "Ücret iade edilmeyecektir.",
        "Maalesef indirim yapamayız.",
        "La note de crédit a été émise le 3 mars et appliquée à votre facture.",
        "Не е срамно да поискате разсрочване, просто ни пишете.",
        "Echipa noastră de recuperare a creanțelor vă stă la dispoziție la 0264 555 019.",
        # A call-out charge declined by their bank is no one told about their debt.
        "Your bank declined the payment for the call-out visit on 3 March.",
        # Their hope reported, the discount declined.
        "I understand you had hoped for a reduced price; I'm afraid we can't offer one.",
        # No legal step after "rather than"; a head chef with a menu; knives as kitchen kit.
        "Rather than sending yet another reminder, we'd love to hear from you.",
        "Our head chef will come round with the tasting menu on Friday.",
        "Our chef brought his own knives to the tasting.",
        # The customer calls us; a call in office hours.
        "Ni kan ringa oss varje kväll fram till klockan 20.",
        # Halves of something that is not a payment; a split refused, asked about, or their own plan recorded.
        "The order arrives in two deliveries, on 31 March and 30 April.",
        "I'm afraid the balance cannot be paid in two halves.",
        "Thank you for asking whether the balance could be paid in two halves; I've passed this to our credit manager.",
        "You told us you plan to pay GBP 500.00 on 3 April and GBP 500.00 on 17 April; the due date is unchanged.",
        # A charge row with no arrow, a balance cleared by a payment, an invoice date then a due date.
        "Late fee       GBP 35.00 (as per your contract)",
        "Balance GBP 400.00 -> 0.00 after your payment of 4 March",
        "Invoice date 10.03. -> due 30.04.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_canadian_account_in_three_parts_but_not_one_part_alone() -> None:
    assert S in types("Nos coordonnées :\nInstitution : 003\nTransit : 00012\nCompte : 1234567")
    assert (
        types("Votre carte se terminant par 8315 a été refusée; notre transit 00012 figure sur la facture.")
        == set()
    )


def test_iban_followed_by_short_words() -> None:
    assert S in types("Plătiți suma în contul RO24 BTRL 0450 1202 0056 7812 până la sfârșitul lunii.")
    assert types("Detaliile bancare sunt pe factură; plătiți până la sfârșitul lunii.") == set()


def test_another_company_that_owes_us_in_cyrillic() -> None:
    assert S in types("Дори фирма „Алфа Трейд“, която ни дължи 5 000,00 €, вече плати.")
    # The customer's own debt, second person.
    assert types("Вие ни дължите 8 640,00 € по фактура CE-BG-0431.") == set()


def test_a_family_named_with_its_arrears_without_a_sum() -> None:
    body = (
        "Bonjour Madame Roy,\n\nLa location du violon de Léa n'est pas réglée depuis janvier.\n\n"
        "Mme Perrin suit votre dossier, comme celui de la famille Moreau (deux mois de location impayés aussi).\n\n"
        "Bien cordialement,\nÉcole de musique"
    )
    assert S in check_draft("Location de violon", body, reader=None).violations
    recommended = body.replace("(deux mois de location impayés aussi)", "(qui nous a recommandé votre école)")
    assert (
        Violation.SENSITIVE_DATA not in check_draft("Location de violon", recommended, reader=None).violations
    )
