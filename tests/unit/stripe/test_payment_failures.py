"""Decline codes into buckets, and when (never) we retry ourselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chalicelib.domain.payment_failures import FailureBucket, NextStep, classify, plan_retry

AT = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("code", "bucket", "step"),
    [
        ("insufficient_funds", FailureBucket.RETRY_LATER, NextStep.WAIT_FOR_RETRY),
        ("try_again_later", FailureBucket.RETRY_LATER, NextStep.WAIT_FOR_RETRY),
        ("authentication_required", FailureBucket.CUSTOMER_ACTION, NextStep.SEND_HOSTED_INVOICE_LINK),
        ("expired_card", FailureBucket.CUSTOMER_ACTION, NextStep.ASK_FOR_NEW_CARD),
        ("incorrect_cvc", FailureBucket.CUSTOMER_ACTION, NextStep.ASK_FOR_NEW_CARD),
        ("incorrect_number", FailureBucket.CUSTOMER_ACTION, NextStep.ASK_FOR_NEW_CARD),
        ("lost_card", FailureBucket.NEVER_RETRY, NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE),
        ("stolen_card", FailureBucket.NEVER_RETRY, NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE),
        ("fraudulent", FailureBucket.NEVER_RETRY, NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE),
        ("do_not_try_again", FailureBucket.NEVER_RETRY, NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE),
        ("do_not_honor", FailureBucket.AMBIGUOUS, NextStep.REVIEW),
        ("generic_decline", FailureBucket.AMBIGUOUS, NextStep.REVIEW),
        ("a_code_stripe_adds_next_year", FailureBucket.AMBIGUOUS, NextStep.REVIEW),
        (None, FailureBucket.AMBIGUOUS, NextStep.REVIEW),
    ],
)
def test_each_decline_code_lands_in_its_bucket(
    code: str | None, bucket: FailureBucket, step: NextStep
) -> None:
    result = classify(code)
    assert (result.bucket, result.next_step) == (bucket, step)
    assert result.reason


def test_the_decline_code_wins_over_the_outer_error_code() -> None:
    assert classify("stolen_card", "card_declined").bucket is FailureBucket.NEVER_RETRY
    assert classify(None, "expired_card").next_step is NextStep.ASK_FOR_NEW_CARD


def test_never_alongside_stripes_own_retries() -> None:
    decision = plan_retry(
        classify("insufficient_funds"),
        failed_at=AT,
        stripe_retries_at=AT + timedelta(days=2),
        own_retries_enabled=True,
        own_attempts_so_far=0,
    )
    assert decision.retry_at is None and not decision.stop_retries


def test_own_retries_follow_the_bucket_and_stop_at_the_cap() -> None:
    failure = classify("insufficient_funds")
    times = [
        plan_retry(
            failure, failed_at=AT, stripe_retries_at=None, own_retries_enabled=True, own_attempts_so_far=n
        ).retry_at
        for n in range(4)
    ]
    assert times == [AT + timedelta(days=1), AT + timedelta(days=3), AT + timedelta(days=5), None]
    ambiguous = classify("do_not_honor")
    assert [
        plan_retry(
            ambiguous, failed_at=AT, stripe_retries_at=None, own_retries_enabled=True, own_attempts_so_far=n
        ).retry_at
        for n in range(2)
    ] == [AT + timedelta(days=2), None]


def test_off_means_no_retry_and_customer_action_waits_for_the_customer() -> None:
    off = plan_retry(
        classify("insufficient_funds"),
        failed_at=AT,
        stripe_retries_at=None,
        own_retries_enabled=False,
        own_attempts_so_far=0,
    )
    assert off.retry_at is None and "off" in off.reason
    card = plan_retry(
        classify("expired_card"),
        failed_at=AT,
        stripe_retries_at=None,
        own_retries_enabled=True,
        own_attempts_so_far=0,
    )
    assert card.retry_at is None and "customer" in card.reason


def test_a_never_retry_decline_stops_retries_even_when_stripe_would_retry() -> None:
    decision = plan_retry(
        classify("lost_card"),
        failed_at=AT,
        stripe_retries_at=AT + timedelta(days=1),
        own_retries_enabled=True,
        own_attempts_so_far=0,
    )
    assert decision.stop_retries and decision.retry_at is None
