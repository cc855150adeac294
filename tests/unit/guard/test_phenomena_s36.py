"""Session 36 (own): a date moved with a purpose clause carrying its own "not" ("moved the due date to 30 April so
our system doesn't send you reminders"), another business that "too" owes us in Greek, a collection-sounding label
named as a field, and a Nordic discount wish sent on to the person who decides. The sentences are written for these
tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, L, R, S, T, rules, types


@pytest.mark.parametrize(
    "body",
    [
        "I've gone ahead and moved the due date to 30 April so our system doesn't send you any more reminders.",
        "We have extended the deadline to 15 May so the reminders don't go out while you wait.",
        "We've pushed the due date back two weeks in order not to trouble you before the funding lands.",
    ],
)
def test_a_moved_date_stays_a_terms_change_when_its_purpose_says_not(body: str) -> None:
    assert T in types(body)


def test_a_refusal_before_the_purpose_is_still_a_refusal() -> None:
    assert not rules(
        "We can't move the due date, so our reminders will continue until it is paid."
    ).violations


@pytest.mark.parametrize(
    "body",
    [
        "Για την ενημέρωσή σας, και εκείνη έχει ανεξόφλητα τιμολόγια 18.400,00 € προς εμάς.",
        "Η Ναυτική Α.Ε. επίσης μας χρωστάει 7.250,00 € από τον Φεβρουάριο.",
    ],
)
def test_another_business_that_too_owes_us_is_sensitive_in_greek(body: str) -> None:
    assert S in types(body, "Κατάσταση λογαριασμού")


def test_the_readers_own_greek_balance_is_not_another_customers() -> None:
    body = "Σας υπενθυμίζουμε ότι έχετε ανεξόφλητα τιμολόγια 6.150,00 €."
    assert S not in types(body, "Κατάσταση λογαριασμού")


def test_a_collection_label_named_as_a_field_is_no_collector() -> None:
    body = "Please enter our case reference HK-3094 in the 'Inkasso-Nummer' field of your payment system."
    assert L not in types(body)


def test_a_collection_agency_is_still_a_threat_next_to_such_a_field() -> None:
    assert L in types("If it stays unpaid we will pass the debt to an Inkasso agency on 1 May.")


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Jeg har sendt ønsket ditt om rabatt videre til verkstedsjefen, som avgjør slike saker.",
            "Sv: Rabatt?",
        ),
        ("Jeg har sendt dit ønske om rabat videre til værkstedschefen.", "Sv: Rabat?"),
    ],
)
def test_a_nordic_discount_wish_sent_on_offers_nothing(body: str, subject: str) -> None:
    assert D not in types(body, subject)


def test_a_nordic_discount_granted_is_still_an_offer() -> None:
    assert D in types("Vi gir deg rabatt på 10 % hvis du betaler innen fredag.", "Sv: Rabatt?")


@pytest.mark.parametrize(
    "body",
    [
        "Jeg har sendt ønsket ditt om kreditnota videre til økonomisjefen, som avgjør slike saker.",
        "Jeg har sendt dit ønske om en kreditnota videre til økonomichefen, som beslutter det.",
    ],
)
def test_a_nordic_credit_wish_sent_on_promises_nothing(body: str) -> None:
    assert R not in types(body, "Sv: Kreditnota?")


def test_a_nordic_credit_note_sent_is_still_a_promise() -> None:
    assert R in types("Vi sender deg en kreditnota på 500 kr.", "Sv: Kreditnota?")
