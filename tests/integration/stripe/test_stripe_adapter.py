"""The Stripe adapter over stripe-python's own error types: 429/5xx/network retried, reads never doubled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import stripe

from chalicelib.adapters.stripe_api import StripeApiGateway, StripeAppsOAuth
from chalicelib.services.ports import WriteBackError
from chalicelib.services.stripe_events import StripeAuthError, StripeUnavailableError
from chalicelib.services.stripe_install import ReconnectNeededError


class _Resource:
    """Stands in for client.v1.<resource>: replays a script of exceptions and results, counting calls."""

    def __init__(self, script: list[Any]) -> None:
        self.script = script
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def _next(self, name: str, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((name, args, kwargs))
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        return stripe.StripeObject.construct_from(step, "key") if isinstance(step, dict) else step

    def retrieve(self, *a: Any, **k: Any) -> Any:
        return self._next("retrieve", *a, **k)

    def pay(self, *a: Any, **k: Any) -> Any:
        return self._next("pay", *a, **k)

    def list(self, *a: Any, **k: Any) -> Any:
        return self._next("list", *a, **k)

    def attach_payment(self, *a: Any, **k: Any) -> Any:
        return self._next("attach_payment", *a, **k)


class _Client:
    def __init__(self, resource: _Resource) -> None:
        self.v1 = type("V1", (), {})()
        for name in (
            "invoices",
            "customers",
            "charges",
            "payment_intents",
            "disputes",
            "credit_notes",
            "invoice_payments",
        ):
            setattr(self.v1, name, resource)


def _gateway(script: list[Any]) -> tuple[StripeApiGateway, _Resource, list[float]]:
    resource = _Resource(script)
    sleeps: list[float] = []
    gateway = StripeApiGateway(
        lambda tenant: f"tok_{tenant}", client_factory=lambda _: _Client(resource), sleep=sleeps.append
    )
    return gateway, resource, sleeps


def test_a_rate_limit_and_a_503_are_retried_with_backoff() -> None:
    gateway, resource, sleeps = _gateway(
        [
            stripe.RateLimitError("slow down", http_status=429),
            stripe.APIError("oops", http_status=503),
            {"id": "in_1", "object": "invoice"},
        ]
    )
    assert gateway.retrieve("acme", "invoice", "in_1") == {"id": "in_1", "object": "invoice"}
    assert len(resource.calls) == 3 and sleeps == [0.5, 1.0]


def test_a_stripe_that_stays_down_is_unavailable_not_wrong() -> None:
    gateway, resource, _ = _gateway([stripe.APIConnectionError("reset")] * 4)
    with pytest.raises(StripeUnavailableError):
        gateway.retrieve("acme", "invoice", "in_1")
    assert len(resource.calls) == 4


def test_a_missing_object_is_none_and_a_bad_request_is_not_retried() -> None:
    gateway, resource, _ = _gateway([stripe.InvalidRequestError("No such invoice", "id", http_status=404)])
    assert gateway.retrieve("acme", "invoice", "in_gone") is None
    gateway, resource, _ = _gateway([stripe.InvalidRequestError("bad", "id", http_status=400)])
    with pytest.raises(stripe.InvalidRequestError):
        gateway.retrieve("acme", "invoice", "in_1")
    assert len(resource.calls) == 1


def test_a_revoked_grant_is_an_auth_error() -> None:
    gateway, _, _ = _gateway([stripe.AuthenticationError("expired key", http_status=401)])
    with pytest.raises(StripeAuthError):
        gateway.retrieve("acme", "customer", "cus_1")


def test_a_retried_payment_carries_the_same_idempotency_key_every_time() -> None:
    gateway, resource, _ = _gateway(
        [stripe.APIError("oops", http_status=500), {"id": "in_1", "object": "invoice", "status": "paid"}]
    )
    assert gateway.pay_invoice("acme", "in_1", idempotency_key="argent-retry-in_1-1")["status"] == "paid"
    keys = [call[2]["options"]["idempotency_key"] for call in resource.calls]
    assert keys == ["argent-retry-in_1-1"] * 2  # Stripe applies it once however often it arrives


def test_pages_come_back_as_plain_items() -> None:
    listing = stripe.ListObject.construct_from(
        {"object": "list", "data": [{"id": "cus_1", "object": "customer"}], "has_more": True}, "key"
    )
    gateway, resource, _ = _gateway([listing])
    page = gateway.list_customers("acme", starting_after="cus_0", limit=1)
    assert page.items == [{"id": "cus_1", "object": "customer"}] and page.has_more
    assert resource.calls[0][2]["params"] == {"limit": 1, "starting_after": "cus_0"}


class _OAuthClient:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.requests: list[dict[str, Any]] = []

    def raw_request(self, method: str, url: str, **params: Any) -> Any:
        self.requests.append({"method": method, "url": url, **params})
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    def deserialize(self, raw: Any, api_mode: str) -> Any:
        return stripe.StripeObject.construct_from(raw, "key")


def test_the_apps_oauth_exchange_reads_the_grant() -> None:
    # The response shape of Stripe's "Exchange the authorization code" example: no expires_in (access tokens
    # last one hour, per the same page).
    client = _OAuthClient(
        {
            "access_token": "ak_1",
            "livemode": False,
            "refresh_token": "rt_1",
            "scope": "stripe_apps",
            "stripe_publishable_key": "pk_test_1",
            "stripe_user_id": "acct_A",
            "token_type": "bearer",
        }
    )
    oauth = StripeAppsOAuth(
        "sk_platform",
        "https://marketplace.stripe.com/oauth/v2/chnlink_1/authorize?client_id=ca_1",
        "https://argent.example/oauth/stripe/callback",
        client_factory=lambda _: client,
    )
    now = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    grant = oauth.exchange_code("ac_1", now=now)
    assert (grant.account_id, grant.access_token, grant.refresh_token) == ("acct_A", "ak_1", "rt_1")
    assert grant.expires_at == now + timedelta(hours=1)
    assert (
        client.requests[0]["url"] == "/v1/oauth/token"
        and client.requests[0]["grant_type"] == "authorization_code"
    )
    assert "state=s1" in oauth.authorize_url("s1") and "&redirect_uri=" in oauth.authorize_url("s1")
    refused = StripeAppsOAuth(
        "sk",
        "https://x",
        "https://y",
        client_factory=lambda _: _OAuthClient(
            stripe.InvalidRequestError("invalid_grant", None, http_status=400)
        ),
    )
    with pytest.raises(ReconnectNeededError):
        refused.refresh("rt_old", now=now)


def test_an_invoice_is_read_with_its_payments_so_a_decline_can_be_traced() -> None:
    gateway, resource, _ = _gateway(
        [{"id": "in_1", "object": "invoice"}, {"id": "cus_1", "object": "customer"}]
    )
    gateway.retrieve("acme", "invoice", "in_1")
    gateway.retrieve("acme", "customer", "cus_1")
    assert resource.calls[0][2] == {"params": {"expand": ["payments"]}}
    assert resource.calls[1][2] == {}


def test_write_backs_send_stripes_parameters_and_a_refusal_is_for_a_person_not_a_retry() -> None:
    gateway, resource, _ = _gateway(
        [
            {"id": "in_1", "object": "invoice", "status": "paid"},
            {"id": "in_2", "object": "invoice", "status": "open"},
            stripe.InvalidRequestError("Invoice is already paid", "invoice", http_status=400),
        ]
    )
    gateway.mark_paid_out_of_band("acme", "in_1", idempotency_key="argent-bank-1-in_1")
    gateway.attach_payment_intent("acme", "in_2", "pi_9", idempotency_key="argent-pi_9-in_2")
    assert [(name, args, kwargs) for name, args, kwargs in resource.calls] == [
        (
            "pay",
            ("in_1",),
            {"params": {"paid_out_of_band": True}, "options": {"idempotency_key": "argent-bank-1-in_1"}},
        ),
        (
            "attach_payment",
            ("in_2",),
            {"params": {"payment_intent": "pi_9"}, "options": {"idempotency_key": "argent-pi_9-in_2"}},
        ),
    ]
    with pytest.raises(WriteBackError) as refused:
        gateway.mark_paid_out_of_band("acme", "in_1", idempotency_key="argent-bank-2-in_1")
    assert refused.value.retryable is False and len(resource.calls) == 3
