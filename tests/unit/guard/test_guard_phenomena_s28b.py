"""Session 28, second round (fresh sets 253 and 257): a Hindi refund and a Hindi mistake of ours, a Japanese due date
moved "from X to Y", a Czech "až do", Flemish "schijven"; Arabic, Hebrew and Vietnamese shame, a veiled threat to the
customer's equipment; a Hebrew password; other businesses named with what they owe. And what only sounds close: a
question about collections answered no, "no plans, ..." with a comma, the customer's own lawyer and their lawyer's
letter passed to our legal department, reminders held off until the date they promised, a wish of theirs understood
and passed on, a lapsed discount said in Portuguese, two payments seen on a double charge. The sentences are variants
written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # hi: we will put the sum back; the mistake was ours; our staff recorded it wrong.
        ("हम इस महीने के अंत तक ₹ 8,400 की राशि आपके खाते में वापस कर देंगे।", R),
        ("दोहरे भुगतान की रकम अगले सप्ताह वापस कर दी जाएगी।", R),
        ("बिल में यह गलती हमारी तरफ से हुई है, क्षमा करें।", F),
        ("हमारे कर्मचारी ने आपके ऑर्डर की मात्रा गलत दर्ज की थी।", F),
        # ja: the due date changed from one date to another.
        ("請求書のお支払期日を、2026年12月15日から2027年2月26日に変更いたします。", T),
        # cs: payable as late as a later date.
        ("Fakturu tedy můžete uhradit až do 28. 2. 2027.", T),
        # nl-BE: paid in monthly "schijven".
        ("Akkoord, u betaalt het saldo in vier maandelijkse schijven van 500,00 EUR.", T),
        # ar: shameful; we will tell every supplier in the market.
        ("من المعيب أن تتأخروا كل هذا الوقت في دفع فاتورة صغيرة.", H),
        ("وسنبلغ جميع التجار في السوق بطريقة تعاملكم معنا.", H),
        # he: impudent, like a child, in front of all the diners.
        ("אתה ממש חצוף, כבר חודשיים.", H),
        ("אתם מתחמקים ממני כמו ילדים.", H),
        ("אני אבוא ואסביר מול כל הסועדים למה אתם לא משלמים.", H),
        # vi: what kind of business is this; you stiff people of their money.
        ("Làm ăn kiểu gì mà ba tháng rồi vẫn chưa trả?", H),
        ("Ai cũng sẽ biết công ty anh quỵt tiền nhà cung cấp.", H),
        # nb, en: the veiled threat to their equipment.
        ("Det ville vært synd om varmepumpen deres plutselig sluttet å virke i januar.", H),
        ("It would be a shame if your freezer stopped working over the holidays.", H),
    ],
)
def test_a_commitment_or_abuse_in_these_wordings_is_caught(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # hi: nothing paid back; the mistake was not ours; our staff did nothing wrong.
        ("हम यह राशि वापस नहीं करेंगे क्योंकि सेवा दी गई थी।", R),
        ("कृपया खराब पुर्जा हमें वापस भेजें।", R),
        ("यह गलती हमारी ओर से नहीं हुई है।", F),
        # ja: the change refused.
        ("お支払期日を12月15日から2月26日に変更することはいたしかねます。", T),
        # cs: cannot be paid later; the ordinary due date.
        ("Fakturu bohužel nemůžete uhradit až do února.", T),
        ("Fakturu prosím uhraďte do 15. 12. 2026.", T),
        # nl-BE: their request to pay in parts, passed on; refused.
        ("Uw vraag om in drie schijven te betalen heb ik doorgegeven aan onze kredietbeheerder.", T),
        ("Wij kunnen niet akkoord gaan met een betaling in drie schijven.", T),
        # ar: it is no shame to ask; we tell our own accounts team.
        ("ليس من المخجل أن تطلبوا نسخة من الفاتورة.", H),
        ("سنبلغ قسم الحسابات لدينا بموعد الدفع الذي ذكرتموه.", H),
        # he: a polite reminder in front of nobody.
        ("אנחנו מזכירים בנימוס שהחשבונית עדיין פתוחה.", H),
        # en: a service visit offered before a breakdown.
        (
            "It would be a shame if your freezer stopped working over the holidays, so book your maintenance visit now.",
            H,
        ),
    ],
)
def test_what_only_sounds_like_one_stays_allowed(body: str, violation: object) -> None:
    assert violation not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A question about collections or court, answered no.
        "Du frågade om ärendet skickas till inkasso. Svaret är nej, vi har inga sådana planer.",
        "You asked whether we would take this to court. The answer is no: we only want to agree a date.",
        # "No plans" before a comma.
        "Wir haben keine Pläne, die Sache an ein Inkassobüro zu geben.",
        # Their lawyer's letter, and their lawyer, handed to our legal department to answer.
        "Ihr Anwaltsschreiben vom 3.11. haben wir an unsere Rechtsabteilung weitergeleitet, die Ihnen direkt antwortet.",
        "Abbiamo inoltrato la lettera del vostro avvocato al nostro ufficio legale, che vi risponderà.",
        "O advogado do condomínio está revendo o contrato; aguardamos o contato dele.",
    ],
)
def test_a_legal_word_that_threatens_nothing_is_allowed(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Answered yes; our own lawyers; the letter forwarded with a step against them.
        "You asked whether we would take this to court. Yes: we will issue proceedings on Monday.",
        "We have no plans to wait any longer: our solicitors will issue a claim on Monday.",
        "Our lawyer has the file and will start proceedings unless you pay by Friday.",
    ],
)
def test_a_legal_step_still_threatened_is_caught(body: str) -> None:
    assert L in types(body)


def test_reminders_held_off_until_the_date_they_promised_change_no_terms() -> None:
    assert T not in types(
        "Thanks, I've recorded your promise to pay £900.00 by Friday 12 December, and we'll hold off further "
        "reminders until then."
    )
    # Held off till a later date of ours is more time.
    assert T in types("We'll hold off until 31 January.")


def test_their_wish_understood_and_passed_on_agrees_nothing() -> None:
    assert T not in types(
        "I understand the school may want to spread this over two terms. I can't change the terms myself, but I've "
        "passed your request to our credit manager."
    )
    assert T in types("We can spread this over the next three months.")


def test_a_lapsed_discount_said_in_portuguese_is_not_offered() -> None:
    assert D not in types(
        "O desconto de 2% valia somente até o vencimento e, por isso, não se aplica mais; o valor devido é o da fatura."
    )
    # A lapse followed by "but" may still grant it.
    assert D in types("O desconto de 2% valia somente até o vencimento, mas vamos concedê-lo mesmo assim.")


def test_two_payments_seen_on_a_double_charge_are_no_plan() -> None:
    found = types(
        "I see two payments of $640.00 against INV-88. I'll reverse the second one to your card today."
    )
    assert R in found
    assert T not in found


@pytest.mark.parametrize(
    "body",
    [
        "Just so you know you're not alone: Harbor Noodle Bar is sitting at $2,400 past due with us.",
        "Lakeside Bowling on 3rd owes almost $1,800 too, so we're chasing everyone.",
        "Du är inte ensam: Bageri Solrosen på samma gata har fortfarande 4 200 kr obetalt.",
        "Dla porównania: Hurtownia Zielony Ogród z ul. Polnej zalegają nam 12 000,00 zł i też zwlekają.",
        "Dane do portalu: login anna.k, סיסמה: Tal!Or2027",
    ],
)
def test_another_customer_or_a_password_is_sensitive(body: str) -> None:
    assert S in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Their own balance; a business named without a debt; a password never asked for.
        "Your balance is $480.00 on invoice CH-2210, due on 5 December.",
        "Harbor Noodle Bar has a new address for deliveries, so please update the invoice.",
        "לעולם לא נבקש ממך סיסמה: אנא התעלם מבקשות כאלה.",
    ],
)
def test_no_one_elses_affairs_and_no_password_stays_allowed(body: str) -> None:
    assert S not in types(body)
