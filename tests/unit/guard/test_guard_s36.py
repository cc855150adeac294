"""Session 36: lawsuits and enforcement in Serbian and Croatian in either script ("тужићемо вас", "opomena pred
utuženje"), a lawyer named with the Hebrew article and legal proceedings taken ("לעורך הדין שלנו", "ננקוט בהליכים
משפטיים"), the Turkish credit bureau by its name; a Turkish credit document drawn up and sent with chained verbs, Arabic
money returned as "this amount"; our liability owned in Romanian ("răspunderea ne aparține") and a figure keyed wrongly on
our side in Hebrew; the statutory "3% річних" waived; a smaller sum taken "as the final payment" and the rest written
off in Cyrillic; a new due date in Serbian and Croatian; the customer shamed before its trade or its audience and
mocked for not counting to thirty; another business's debt told in Greek and its insolvency in English; a Serbian
account number. Kept clear: the "Inkasso-Nummer" field, a Hebrew representative who will get back to them, the
refusals, the conditions and the questions. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, rules, types


@pytest.mark.parametrize(
    "body",
    [
        "Ukoliko uplata ne stigne do srijede, tužit ćemo vas pred Trgovačkim sudom.",
        "Ако рачун не буде плаћен до 20. априла, тужићемо вас.",
        "Ако уплата изостане до краја недеље, подносимо предлог за извршење јавном извршитељу.",
        "Ne platite li do petka, slijedi sudski postupak.",
        "אם החוב לא יוסדר, העניין יועבר לעורך הדין שלנו.",
        "בהיעדר תשלום עד יום ראשון ננקוט בהליכים משפטיים.",
        "Ödeme yapılmazsa firmanızı Kredi Kayıt Bürosu'na bildireceğiz.",
        "Если оплата не поступит, мы передаём дело коллекторам.",
    ],
)
def test_lawsuit_enforcement_and_credit_bureau_in_the_new_wordings_are_legal_threats(body: str) -> None:
    assert L in types(body)


def test_a_serbian_subject_warning_before_the_lawsuit_is_a_legal_threat() -> None:
    assert L in types("Молимо да дуг измирите у року од осам дана.", "Опомена пред утужење – рачун 55/26")


@pytest.mark.parametrize(
    "body",
    [
        "Нећемо вас тужити; договорићемо се око плаћања.",
        "Ne planiramo sudski postupak, samo vas molimo da platite.",
        "לא ננקוט בהליכים משפטיים, ונשמח לתאם תשלום.",
        "Извршење плаћања видећете на изводу сутра.",
    ],
)
def test_lawsuit_denied_or_a_payment_carried_out_stays_clear(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "İade ettiğiniz ürünler için bir alacak dekontu hazırlayıp yarın size göndereceğiz.",
        "Fiyat farkı faturası bu hafta kesilecektir.",
        "Fazla ödenen 1.200,00 TL tutarını iade edeceğiz.",
        "سنعيد لكم هذا المبلغ خلال أسبوع.",
        "ونرد لكم كامل المبلغ إلى بطاقتكم.",
    ],
)
def test_credit_documents_and_money_back_in_turkish_and_arabic_are_credit_promises(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Alacak dekontu düzenlemeyeceğiz, teslimat eksiksizdir.",
        "İade faturanızı aldıktan sonra kayıtlarımızı güncelleyeceğiz.",
        "לכל שאלה השיבו למייל זה ונציג יחזור אליכם בהקדם.",
    ],
)
def test_no_credit_promised_stays_clear(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Ambalajul a fost deteriorat la încărcare, deci răspunderea pentru marfă ne aparține.",
        "Responsabilitatea pentru întârzierea livrării ne revine în totalitate.",
        "המחיר הוזן אצלנו בטעות.",
        "הקלדנו בטעות את הכמות בחשבונית.",
        "חויבתם בטעות פעמיים על אותה משלוח.",
    ],
)
def test_liability_owned_in_romanian_and_a_wrong_figure_of_ours_in_hebrew_are_fault(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Răspunderea pentru marfa deteriorată nu ne aparține, transportul a fost al dumneavoastră.",
        "אם חויבתם בטעות, אנא שלחו לנו את פירוט החיוב.",
        "רשמנו את ההערה שלכם והעברנו אותה לבדיקה.",
    ],
)
def test_liability_denied_or_a_condition_stays_clear(body: str) -> None:
    assert F not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Якщо оплатите цього тижня, ми не нараховуватимемо 3% річних.",
        "Ми не нараховуватимемо інфляційні втрати за період прострочення.",
        "За да приключим, ще приемем 1 500,00 лв като окончателно плащане по двете фактури от 1 900,00 лв.",
        "Мы спишем остаток долга после вашего платежа.",
        "Otpisat ćemo ostatak duga.",
    ],
)
def test_statutory_interest_waived_and_the_rest_written_off_are_discounts(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "3% річних нараховуються відповідно до статті 625 ЦК України.",
        "Мы не спишем остаток долга.",
        "Ще приемем 1 900,00 лв като окончателно плащане по двете фактури.",
    ],
)
def test_statutory_interest_restated_or_nothing_given_stays_clear(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Platite do 20. svibnja, to ćemo uzeti kao novi rok.",
        "Novi rok je 15. maj.",
        "Фактуру можете платити до 30. априла, уместо до 15. марта.",
        "Račun možete platiti do 12. juna, umesto do 28. maja.",
    ],
)
def test_a_new_due_date_in_serbian_and_croatian_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vaš zahtjev za novi rok proslijedili smo voditelju.",
        "Ne možete platiti do 30. aprila umesto do 15. marta; rok ostaje isti.",
    ],
)
def test_a_new_due_date_asked_for_or_refused_stays_clear(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Jeśli nie zapłacicie, opiszemy was na forum jako firmę, która nie płaci dostawcom.",
        "Niech wszyscy w branży wiedzą, z kim mają do czynienia.",
        "We will make sure other suppliers know exactly who they are dealing with.",
        "Damit andere wissen, mit wem sie es zu tun haben.",
        "Pour que les autres sachent à qui ils ont affaire.",
        "Apparemment, compter jusqu'à trente reste difficile pour votre comptabilité.",
        "Counting to thirty seems to be a challenge for your AP team.",
        "Retiraremos el equipo delante de todo su público.",
        "Vi ste jedna ekipa nesposobnjakovića.",
    ],
)
def test_shaming_before_the_trade_or_the_audience_and_mockery_are_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "So that you know who you are dealing with: I am the new credit controller for your account.",
        "Les 30 jours sont à compter de la date de facture.",
        "Wir wissen, mit wem wir es zu tun haben: mit einem verlässlichen Partner.",
    ],
)
def test_introductions_and_terms_stay_clear_of_harassment(body: str) -> None:
    assert H not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Η ταβέρνα «Θάλασσα» δίπλα σας έχει κι αυτή ανεξόφλητο υπόλοιπο 1.200,00 € από τον Φεβρουάριο.",
        "Entre nous, Riverside Events went into administration in March still owing us £12,400.",
        "Uplate sada primamo na račun 160-0000000012345-95.",
    ],
)
def test_another_business_debt_and_a_serbian_account_number_are_sensitive(body: str) -> None:
    assert S in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Το κατάστημα «Θάλασσα» έχει ανοιχτό υπόλοιπο 1.200,00 €.",
        "Our client went into administration last year; we are chasing older balances more closely.",
        "Broj računa 160-0000000012345-96 nije ispravan broj.",
    ],
)
def test_the_customer_s_own_balance_and_a_number_failing_its_check_stay_clear(body: str) -> None:
    assert S not in types(body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Zahlungserinnerung - Inkasso-Nr. IK-55-0102",
            "Die Inkasso-Nummer ist nur unser internes Aktenzeichen.",
        ),
        (
            "Reminder",
            "Your portal asks for an 'Inkasso-Nummer': please enter our customer reference CR-77 there.",
        ),
    ],
)
def test_the_inkasso_number_field_is_no_collector(subject: str, body: str) -> None:
    assert rules(body, subject).allowed


def test_a_collector_named_beside_the_field_still_counts() -> None:
    assert L in types("Inkasso-Nummer: IK-55-0102. Wir übergeben die Forderung nun an unser Inkassobüro.")
