"""What to do about a failed card or bank payment, from Stripe's ``decline_code`` (pure).

Buckets follow Stripe's decline-code reference (https://docs.stripe.com/declines/codes): some declines clear
by themselves (try later), some need the customer (authenticate, new card), some must never be retried
(a card reported lost or stolen: retrying looks like fraud to the issuer and can get the merchant flagged),
and some say nothing useful (``do_not_honor``, ``generic_decline``).

Retries: when Stripe retries the invoice itself (Smart Retries or a custom schedule; Stripe then sets
``next_payment_attempt``) we never add ours, since two retry engines double the declines an issuer sees.
Only when Stripe does not retry and the tenant turned our retries on do we schedule them, by bucket, capped.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class FailureBucket(StrEnum):
    RETRY_LATER = "retry_later"
    CUSTOMER_ACTION = "customer_action"
    NEVER_RETRY = "never_retry"
    AMBIGUOUS = "ambiguous"


class NextStep(StrEnum):
    WAIT_FOR_RETRY = "wait_for_retry"
    SEND_HOSTED_INVOICE_LINK = "send_hosted_invoice_link"
    ASK_FOR_NEW_CARD = "ask_for_new_card"
    ASK_FOR_NEW_METHOD_AND_ESCALATE = "ask_for_new_method_and_escalate"
    REVIEW = "review"


_RETRY_LATER = frozenset(
    {
        "insufficient_funds",
        "try_again_later",
        "processing_error",
        "issuer_not_available",
        "reenter_transaction",
        "approve_with_id",
        "card_velocity_exceeded",
        "withdrawal_count_limit_exceeded",
        "duplicate_transaction",
    }
)
_AUTHENTICATE = frozenset(
    {"authentication_required", "offline_pin_required", "online_or_offline_pin_required"}
)
_NEW_CARD = frozenset(
    {
        "expired_card",
        "incorrect_number",
        "incorrect_cvc",
        "incorrect_zip",
        "incorrect_pin",
        "invalid_number",
        "invalid_cvc",
        "invalid_expiry_month",
        "invalid_expiry_year",
        "invalid_pin",
        "invalid_account",
        "card_not_supported",
        "currency_not_supported",
        "testmode_decline",
        "pin_try_exceeded",
    }
)
_NEVER = frozenset(
    {
        "lost_card",
        "stolen_card",
        "fraudulent",
        "merchant_blacklist",
        "pickup_card",
        "restricted_card",
        "security_violation",
        "do_not_try_again",
        "revocation_of_all_authorizations",
        "revocation_of_authorization",
        "stop_payment_order",
        "no_action_taken",
        "transaction_not_allowed",
        "service_not_allowed",
        "new_account_information_available",
    }
)
_AMBIGUOUS = frozenset({"do_not_honor", "generic_decline", "call_issuer", "not_permitted", "card_declined"})

# Our own retry spacing per bucket (only when Stripe does not retry): ambiguous declines get one more try,
# temporary ones a few, spaced so a payday can fall between them.
_RETRY_DELAYS: dict[FailureBucket, tuple[timedelta, ...]] = {
    FailureBucket.RETRY_LATER: (timedelta(days=1), timedelta(days=3), timedelta(days=5)),
    FailureBucket.AMBIGUOUS: (timedelta(days=2),),
}


class FailureClassification(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str
    bucket: FailureBucket
    next_step: NextStep
    reason: str


def classify(decline_code: str | None, failure_code: str | None = None) -> FailureClassification:
    """The bucket of a failure; ``decline_code`` wins, the outer ``code`` (e.g. ``expired_card``) is the fallback."""
    code = (decline_code or failure_code or "").strip().lower()
    if code in _RETRY_LATER:
        return FailureClassification(
            code=code,
            bucket=FailureBucket.RETRY_LATER,
            next_step=NextStep.WAIT_FOR_RETRY,
            reason=f"{code}: temporary, the same card may succeed later",
        )
    if code in _AUTHENTICATE:
        return FailureClassification(
            code=code,
            bucket=FailureBucket.CUSTOMER_ACTION,
            next_step=NextStep.SEND_HOSTED_INVOICE_LINK,
            reason=f"{code}: the bank wants the customer to confirm the payment on the hosted invoice page",
        )
    if code in _NEW_CARD:
        return FailureClassification(
            code=code,
            bucket=FailureBucket.CUSTOMER_ACTION,
            next_step=NextStep.ASK_FOR_NEW_CARD,
            reason=f"{code}: the card details are wrong or expired; only the customer can fix them",
        )
    if code in _NEVER:
        return FailureClassification(
            code=code,
            bucket=FailureBucket.NEVER_RETRY,
            next_step=NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE,
            reason=f"{code}: the issuer says never to retry this card",
        )
    label = code or "no decline code"
    return FailureClassification(
        code=code,
        bucket=FailureBucket.AMBIGUOUS,
        next_step=NextStep.REVIEW,
        reason=f"{label}: the issuer gave no usable reason",
    )


class RetryDecision(BaseModel):
    model_config = ConfigDict(frozen=True)

    retry_at: datetime | None
    stop_retries: bool
    reason: str


def plan_retry(
    failure: FailureClassification,
    *,
    failed_at: datetime,
    stripe_retries_at: datetime | None,
    own_retries_enabled: bool,
    own_attempts_so_far: int,
) -> RetryDecision:
    """Whether and when we retry ourselves; never alongside Stripe's own retries."""
    if failure.bucket is FailureBucket.NEVER_RETRY:
        return RetryDecision(retry_at=None, stop_retries=True, reason=failure.reason)
    if stripe_retries_at is not None:
        return RetryDecision(
            retry_at=None,
            stop_retries=False,
            reason=f"Stripe retries this invoice itself at {stripe_retries_at.isoformat()}; we add none",
        )
    if not own_retries_enabled:
        return RetryDecision(retry_at=None, stop_retries=False, reason="automatic retries are off")
    delays = _RETRY_DELAYS.get(failure.bucket, ())
    if own_attempts_so_far >= len(delays):
        why = (
            "the customer must act first"
            if failure.bucket is FailureBucket.CUSTOMER_ACTION
            else f"retry cap of {len(delays)} reached"
        )
        return RetryDecision(retry_at=None, stop_retries=False, reason=why)
    at = failed_at + delays[own_attempts_so_far]
    return RetryDecision(
        retry_at=at,
        stop_retries=False,
        reason=f"{failure.bucket.value}: retry {own_attempts_so_far + 1} of {len(delays)} at {at.isoformat()}",
    )
