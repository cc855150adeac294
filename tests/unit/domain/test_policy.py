from __future__ import annotations

from datetime import time
from decimal import Decimal

import pytest

from chalicelib.domain.ledger import PayerSegment, PaymentStats
from chalicelib.domain.policy import Autonomy, ContactHours, Playbook, Policy, PolicyError
from tests.factories import customer


def test_default_policy_is_valid_and_asks_before_acting() -> None:
    policy = Policy()
    assert policy.playbooks[0].autonomy is Autonomy.SUGGEST


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ({"default_playbook": "missing"}, "default playbook 'missing'"),
        ({"contact_hours": {"start": "18:00", "end": "09:00"}}, "contact hours start"),
        ({"contact_hours": {"business_days": []}}, "at least one business day"),
        (
            {"playbooks": [{"name": "standard", "cadence": {"min_days_between_touches": 0}}]},
            "min_days_between_touches",
        ),
        ({"playbooks": [{"name": "standard", "approval_thresholds": {"USD": "-1"}}]}, "must be positive"),
        ({"playbooks": [{"name": "standard", "approval_thresholds": {"DOLLARS": "10"}}]}, "unknown currency"),
        ({"playbooks": [{"name": "standard"}, {"name": "standard"}]}, "must be unique"),
        (
            {
                "playbooks": [
                    {"name": "standard", "segments": ["slow"]},
                    {"name": "firm", "segments": ["slow"]},
                ]
            },
            "segment slow is in both",
        ),
    ],
)
def test_impossible_settings_are_refused_with_a_clear_message(raw: dict[str, object], named: str) -> None:
    with pytest.raises(PolicyError, match=named):
        Policy.load(raw)


def test_playbook_follows_the_customers_payment_behaviour() -> None:
    policy = Policy(
        playbooks=(Playbook(name="standard"), Playbook(name="firm", segments=frozenset({PayerSegment.SLOW}))),
    )
    slow = customer(stats=PaymentStats.from_days_late([20, 25, 18, 30]))
    good = customer(stats=PaymentStats.from_days_late([0, -2, 1, 0]))
    assert slow.stats.segment is PayerSegment.SLOW
    assert policy.playbook_for(slow).name == "firm"
    assert policy.playbook_for(good).name == "standard"


def test_a_currency_without_a_threshold_always_needs_approval() -> None:
    book = Playbook(name="p", approval_thresholds={"USD": Decimal(1000)})
    assert not book.needs_approval_above("USD", Decimal(999))
    assert book.needs_approval_above("USD", Decimal(1001))
    assert book.needs_approval_above("JPY", Decimal(1))


def test_strategic_accounts_are_recognised_by_flag_or_by_policy_list() -> None:
    policy = Policy(strategic_customer_ids=frozenset({"c2"}))
    assert policy.is_strategic(customer(customer_id="c2"))
    assert policy.is_strategic(customer(customer_id="c3", strategic=True))
    assert not policy.is_strategic(customer(customer_id="c4"))


def test_contact_hours_are_validated_as_a_whole() -> None:
    hours = ContactHours(start=time(8), end=time(18), business_days=frozenset({0, 1, 2, 3, 4, 5}))
    assert 5 in hours.business_days


def test_erratic_payers_are_told_apart_from_slow_ones() -> None:
    erratic = PaymentStats.from_days_late([0, 60, -2, 45, 0, 1])
    assert erratic.segment is PayerSegment.ERRATIC
    assert PaymentStats.from_days_late([1]).segment is PayerSegment.NEW
