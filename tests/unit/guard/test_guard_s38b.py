"""Session 38, second round: the debt reported to a credit-default register named in Danish, Finnish, Estonian, Czech
and Austrian German ("indberette fordringen til RKI", "luottotietorekisteriin", "maksehäireregistrisse", "registr
dlužníků", "KSV1870"); Nordic fees cancelled ("Vi annullerer de to gebyrer", "Rykkergebyret annulleres") and money
reversed with the verb first ("... tilbagefører vi til jeres konto"); an Estonian credit note with the time between
("saadame teile järgmise nädala jooksul kreeditarve"); an invoice counted as paid in full for less ("beschouwen we de
factuur ... als volledig betaald"); the wrong price list keyed or billed by us in the Nordic languages, Polish, Czech,
Finnish and Estonian ("det var vi som la inn feil prisliste", "zastosowaliśmy błędną cenę"); the put-down "hire an
accountant who can count" and "hard to take a company seriously"; the whole lot going to our solicitors; the
Estonian due date pushed back ("lükkame tähtaja edasi"); and another company that owed us, the verb last in Dutch and
German. Kept clear: the same words denied, hedged, asked, said of the customer's own slip, a Nordic instalment
request passed on to a person, and a program that can work the interest out. The sentences are written for these
tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "Er beløbet ikke betalt den 10. april, vil vi indberette gælden til RKI.",
        "Hvis fakturaen fortsat er ubetalt, bliver I registreret i RKI.",
        "Vi melder fordringen til Debitor Registret, hvis betalingen udebliver.",
        "Jos laskua ei makseta, ilmoitamme maksuhäiriön luottotietorekisteriin.",
        "Kui arvet ei tasuta, kanname võla maksehäireregistrisse.",
        "Pokud fakturu neuhradíte, zapíšeme pohledávku do registru dlužníků.",
        "Ohne Zahlungseingang erfolgt eine Meldung an den KSV1870.",
    ],
)
def test_a_debt_reported_to_a_credit_register_is_a_legal_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vi vil ikke indberette jer til RKI; vi finder en løsning sammen.",
        "Die Hygieneempfehlungen des RKI liegen der Lieferung bei.",
        "Tak for betalingen, som vi modtog den 3. marts.",
    ],
)
def test_a_register_denied_or_the_robert_koch_institut_is_no_legal_threat(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vi annullerer rykkergebyret på kr. 100,00.",
        "Vi sletter de to purregebyrer på fakturaen.",
        "Rykkergebyrerne annulleres, så du skal kun betale selve fakturaen.",
        "Gebyret bliver annulleret.",
        "Vi annullerar påminnelseavgiften på 60 kronor.",
    ],
)
def test_a_nordic_fee_cancelled_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vi annullerer ikke rykkergebyret, da det er opkrævet efter aftalen.",
        "Rykkergebyret annulleres ikke.",
        "Vi har annulleret ordren som aftalt og sendt en ny faktura.",
    ],
)
def test_a_nordic_fee_kept_or_an_order_cancelled_is_no_discount(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "De kr. 75,00, som I betalte for meget, tilbagefører vi til jeres konto i næste uge.",
        "Det dobbelte beløpet tilbakefører vi til kontoen deres.",
        "Beløbet betaler vi tilbage hurtigst muligt.",
        "Avgiften återbetalar vi inom en vecka.",
        "Tagastatud kaubaaluste eest saadame teile järgmise nädala jooksul kreeditarve.",
        "Kreeditarve väljastame teile homme.",
    ],
)
def test_money_reversed_with_the_verb_first_or_an_estonian_credit_note_is_a_refund(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Gebyret tilbagefører vi ikke, da det er korrekt opkrævet.",
        "Kreeditarve KA-12 saatsime teile juba 3. märtsil.",
        "Kreeditarvet me ei koosta, sest kaup oli korras.",
    ],
)
def test_a_reversal_refused_or_a_credit_note_already_sent_is_no_refund(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Maak € 18.000,00 over en dan beschouwen we de factuur van € 21.500,00 als volledig betaald.",
        "Pay USD 900.00 by Friday and we will consider the USD 1,000.00 invoice fully paid.",
        "Betal DKK 20.000,00, så betragter vi fakturaen på DKK 24.000,00 som fuldt betalt.",
        "Betaler dere NOK 18 000, regner vi fakturaen på NOK 22 000 som oppgjort.",
    ],
)
def test_an_invoice_counted_as_paid_in_full_for_less_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Zodra de resterende € 2.000,00 binnen is, beschouwen we de factuur van € 5.000,00 als volledig betaald.",
        "We beschouwen de factuur van € 4.000,00 als volledig betaald zodra het hele bedrag binnen is.",
        "Vi har modtaget DKK 5.000,00 og betragter faktura 1 på DKK 5.000,00 som betalt; faktura 2 på DKK 8.000,00 "
        "er stadig åben.",
    ],
)
def test_the_rest_paid_or_a_paid_invoice_recorded_is_no_discount(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Du har rett i at prisen ikke stemmer – det var vi som la inn feil prisliste da ordren ble registrert.",
        "Vi har dessverre fakturert feil pris på kledningen.",
        "Det var os der brugte en forkert prisliste.",
        "Vi har desværre sendt jer den forkerte faktura.",
        "Vi har tyvärr använt fel prislista på ordern.",
        "Vi har fakturerat för mycket.",
        "Beklager, vi har gjort en feil.",
        "Zastosowaliśmy błędną cenę na fakturze.",
        "Źle naliczyliśmy rabat.",
        "Bohužel jsme použili špatný ceník.",
        "Laskutimme valitettavasti väärän hinnan.",
        "Kasutasime arvel vale hinnakirja.",
    ],
)
def test_the_wrong_price_keyed_or_billed_by_us_is_a_fault_admission(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hvis vi har brugt en forkert prisliste, retter vi det straks.",
        "Vi undersøker om vi har brukt feil prisliste.",
        "Det er mulig at vi har brukt feil prisliste; vi sjekker saken.",
        "Vi ser at dere brukte feil KID-nummer ved innbetalingen.",
        "Har vi sendt feil faktura?",
        "Vi har ikke brukt feil prisliste; prisen er som avtalt.",
        "Skulle vi have lavet en fejl, så kontakt os.",
        "Vi har registrert feil i innbetalingen deres.",
        "Jeśli zastosowaliśmy błędną cenę, prosimy o informację.",
        "Wystawiliśmy fakturę na 500 złotych.",
        "Pokud jsme použili špatný ceník, dejte nám vědět.",
        "Jos käytimme väärää hinnastoa, korjaamme sen.",
        "Kui kasutasime vale hinnakirja, parandame selle.",
    ],
)
def test_a_wrong_price_hedged_denied_or_the_customers_is_no_fault_admission(body: str) -> None:
    assert F not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Może warto zatrudnić księgową, która umie liczyć.",
        "Trudno traktować poważnie firmę, która nie płaci za deski.",
        "Vielleicht sollten Sie eine Buchhalterin einstellen, die rechnen kann.",
        "Quizá deberían contratar a un contable que sepa sumar.",
        "Kanske är det dags att anställa en ekonom som kan räkna.",
        "Måske skulle I ansætte en bogholder, der kan regne.",
        "Možná by stálo za to zaměstnat účetní, která umí počítat.",
        "Ehkä kannattaisi palkata kirjanpitäjä, joka osaa laskea.",
        "It is hard to take a company seriously that cannot pay for its own timber.",
        "Det er vanskelig å ta dere seriøst.",
    ],
)
def test_an_accountant_who_can_count_or_a_company_hard_to_take_seriously_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vi har et program som kan regne ut rentene for dere.",
        "Vi har en medarbejder, der kan regne på prisen for jer.",
        "Ohjelma, joka osaa laskea korot, on käytössä.",
        "Jesteśmy firmą, która umie liczyć na stałych klientów.",
        "We take every query seriously and will reply within two days.",
    ],
)
def test_a_program_that_calculates_or_counting_on_someone_is_no_harassment(body: str) -> None:
    assert H not in types(body)


def test_the_whole_lot_going_to_our_solicitors_is_a_legal_threat() -> None:
    assert L in types("If the payment bounces, the whole lot goes to our solicitors.")


@pytest.mark.parametrize(
    "body",
    [
        "Seetõttu lükkame tähtaja edasi 30. aprillini.",
        "Maksetähtaja nihutame 15. maini.",
    ],
)
def test_an_estonian_due_date_pushed_back_is_a_terms_change(body: str) -> None:
    assert T in types(body)


def test_an_estonian_due_date_not_pushed_back_is_no_terms_change() -> None:
    assert T not in types("Tähtaega me edasi ei lükka; arve tuleb tasuda 10. märtsiks.")


@pytest.mark.parametrize(
    "body",
    [
        "Takk for at du tok kontakt om å dele opp betalingen av faktura FS-1001 (kr 48 000,00) i tre avdrag. Jeg har "
        "sendt forespørselen videre til kredittsjefen vår.",
        "Jeg har sendt forespørselen din om å betale i tre avdrag videre til økonomisjefen.",
        "Tak for din henvendelse om at dele betalingen op i tre rater. Vi har givet den videre til vores kreditchef.",
    ],
)
def test_a_nordic_instalment_request_passed_on_is_no_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Faktura FS-1001 (kr 48 000,00) kan du betale i tre avdrag.",
        "Du kan gerne dele betalingen op i tre rater.",
    ],
)
def test_a_nordic_instalment_plan_we_grant_is_still_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Zelfs Houthandel De Vries, die ons in januari nog € 12.000,00 schuldig was, heeft alles betaald.",
        "Selbst die Tischlerei Maier, die uns im Januar noch 31.000,00 € schuldete, hat alles bezahlt.",
    ],
)
def test_another_company_that_owed_us_with_the_verb_last_is_sensitive(body: str) -> None:
    verdict = check_draft("Herinnering", f"Geachte heer,\n\n{body}\n\nMet vriendelijke groet", reader=None)
    assert S in verdict.violations


def test_a_document_numbers_country_code_does_not_deny_a_credit_note() -> None:
    body = (
        "Vi sender dere en kreditnota på gebyret (kr 1 150,00) i løpet av uken og trekker det fra faktura "
        "LM-NO-2603-008."
    )
    assert R in types(body)
