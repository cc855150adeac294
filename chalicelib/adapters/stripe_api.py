"""Stripe through its own Python library: webhook signatures, the ``StripeGateway`` port, Stripe Apps OAuth.

- ``verify_signature``: ``stripe.WebhookSignature.verify_header`` over the raw body (Stripe's own check of
  the ``v1`` HMAC), with the 300 s window measured on our clock (the library reads the wall clock and
  only rejects old timestamps; ours also rejects far-future ones).
- ``StripeApiGateway``: one ``stripe.StripeClient`` per access token, built on first use. Every call is a
  read or carries an idempotency key, so retrying a rate limit (429), a 5xx or a dropped connection with
  backoff can never double an effect. A 404 is ``None``; a revoked grant is ``StripeAuthError``.
- ``StripeAppsOAuth``: the Stripe Apps install link and ``POST /v1/oauth/token`` (code and refresh grants).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlencode

from chalicelib.services.ports import WriteBackError
from chalicelib.services.stripe_events import (
    ObjectKind,
    Page,
    StripeAuthError,
    StripeUnavailableError,
)
from chalicelib.services.stripe_install import ReconnectNeededError, StripeGrant

TOLERANCE_S = 300
T = TypeVar("T")


class StripeSignatureError(ValueError):
    """Not from Stripe, or not now. The message is safe to return to the caller."""


def verify_signature(raw: bytes, header: str | None, secret: str, *, now: datetime) -> None:
    import stripe  # noqa: PLC0415  (kept off the cold-start path of every other route)

    if not header:
        raise StripeSignatureError("missing Stripe-Signature header")
    try:
        stripe.WebhookSignature.verify_header(raw.decode("utf-8"), header, secret, tolerance=None)
    except stripe.SignatureVerificationError as exc:
        raise StripeSignatureError(f"Stripe signature rejected: {exc.user_message or exc}") from exc
    except UnicodeDecodeError as exc:
        raise StripeSignatureError("body is not UTF-8") from exc
    stamp = next((p.split("=", 1)[1] for p in header.split(",") if p.strip().startswith("t=")), "")
    if not stamp.strip().isdigit() or abs(now.timestamp() - int(stamp)) > TOLERANCE_S:
        raise StripeSignatureError(f"Stripe signature timestamp is outside the {TOLERANCE_S} s tolerance")


def _plain(obj: Any) -> dict[str, Any]:
    if hasattr(obj, "to_dict"):
        return dict(obj.to_dict())
    return dict(obj)


class StripeApiGateway:
    """The port on Stripe's API, with the tenant's own (Stripe Apps) access token."""

    def __init__(
        self,
        access_token: Callable[[str], str],
        *,
        client_factory: Callable[[str], Any] | None = None,
        attempts: int = 4,
        sleep: Callable[[float], None] = time.sleep,
        api_version: str | None = None,
    ) -> None:
        self._token = access_token
        self._factory = client_factory
        self._attempts = attempts
        self._sleep = sleep
        self._api_version = api_version
        self._clients: dict[str, Any] = {}

    def _client(self, tenant_id: str) -> Any:
        try:
            token = self._token(tenant_id)
        except ReconnectNeededError as exc:
            raise StripeAuthError(str(exc)) from exc
        client = self._clients.get(token)
        if client is None:
            if self._factory is not None:
                client = self._factory(token)
            else:
                import stripe  # noqa: PLC0415

                # Our own retry loop below decides; the library's would retry under it again.
                client = stripe.StripeClient(token, stripe_version=self._api_version, max_network_retries=0)
            self._clients = {token: client}  # an old token's client is never needed again
        return client

    def _call(self, tenant_id: str, fn: Callable[[Any], T]) -> T:
        import stripe  # noqa: PLC0415

        delay = 0.5
        for attempt in range(self._attempts):
            try:
                return fn(self._client(tenant_id))
            except (stripe.RateLimitError, stripe.APIConnectionError) as exc:
                last: Exception = exc
            except stripe.APIError as exc:
                if (exc.http_status or 500) < 500:
                    raise
                last = exc
            except (stripe.AuthenticationError, stripe.PermissionError) as exc:
                raise StripeAuthError(
                    f"Stripe refused the tenant's grant: {exc.user_message or exc}"
                ) from exc
            if attempt < self._attempts - 1:
                self._sleep(delay)
                delay *= 2
        raise StripeUnavailableError(f"Stripe unavailable after {self._attempts} attempts: {last}")

    def retrieve(self, tenant_id: str, kind: ObjectKind, object_id: str) -> dict[str, Any] | None:
        import stripe  # noqa: PLC0415

        services = {
            "invoice": "invoices",
            "customer": "customers",
            "charge": "charges",
            "payment_intent": "payment_intents",
            "dispute": "disputes",
            "credit_note": "credit_notes",
        }

        # Since API 2025-03-31.basil an invoice names its payments only in ``payments`` (includable), which
        # is where a failed payment's payment intent, and so its decline code, is found.
        params = {"expand": ["payments"]} if kind == "invoice" else None

        def get(client: Any) -> dict[str, Any]:
            if kind == "cash_balance":  # a customer's sub-resource, read by the customer's id
                return _plain(client.v1.customers.cash_balance.retrieve(object_id))
            resource = getattr(client.v1, services[kind])
            return _plain(
                resource.retrieve(object_id, params=params) if params else resource.retrieve(object_id)
            )

        try:
            return self._call(tenant_id, get)
        except stripe.InvalidRequestError as exc:
            if exc.http_status == 404:
                return None
            raise

    def invoice_for_payment_intent(self, tenant_id: str, payment_intent_id: str) -> str | None:
        def find(client: Any) -> str | None:
            rows = client.v1.invoice_payments.list(
                params={
                    "payment": {"type": "payment_intent", "payment_intent": payment_intent_id},
                    "limit": 1,
                }
            )
            for row in rows.data:
                invoice = row.get("invoice")
                return invoice if isinstance(invoice, str) else getattr(invoice, "id", None)
            return None

        return self._call(tenant_id, find)

    def list_customers(self, tenant_id: str, *, starting_after: str | None, limit: int) -> Page:
        params: dict[str, Any] = {"limit": limit}
        if starting_after:
            params["starting_after"] = starting_after
        return self._call(tenant_id, lambda c: _page(c.v1.customers.list(params=params)))

    def list_invoices(
        self, tenant_id: str, *, status: str, created_gte: int | None, starting_after: str | None, limit: int
    ) -> Page:
        params: dict[str, Any] = {"limit": limit, "status": status}
        if created_gte is not None:
            params["created"] = {"gte": created_gte}
        if starting_after:
            params["starting_after"] = starting_after
        return self._call(tenant_id, lambda c: _page(c.v1.invoices.list(params=params)))

    def pay_invoice(self, tenant_id: str, invoice_id: str, *, idempotency_key: str) -> dict[str, Any]:
        import stripe  # noqa: PLC0415

        def pay(client: Any) -> dict[str, Any]:
            return _plain(client.v1.invoices.pay(invoice_id, options={"idempotency_key": idempotency_key}))

        try:
            return self._call(tenant_id, pay)
        except stripe.CardError as exc:
            # A declined retry is a normal outcome: Stripe sends invoice.payment_failed for it.
            return {"id": invoice_id, "declined": exc.code}

    def mark_paid_out_of_band(
        self, tenant_id: str, invoice_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        def pay(client: Any) -> dict[str, Any]:
            return _plain(
                client.v1.invoices.pay(
                    invoice_id,
                    params={"paid_out_of_band": True},
                    options={"idempotency_key": idempotency_key},
                )
            )

        return self._refusable(tenant_id, pay)

    def attach_payment_intent(
        self, tenant_id: str, invoice_id: str, payment_intent_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        def attach(client: Any) -> dict[str, Any]:
            return _plain(
                client.v1.invoices.attach_payment(
                    invoice_id,
                    params={"payment_intent": payment_intent_id},
                    options={"idempotency_key": idempotency_key},
                )
            )

        return self._refusable(tenant_id, attach)

    def _refusable(self, tenant_id: str, fn: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        """A write-back Stripe refuses (the invoice is already paid or voided, ...) is for a person, not a
        retry: it becomes a non-retryable ``WriteBackError`` instead of failing the cash batch."""
        import stripe  # noqa: PLC0415

        try:
            return self._call(tenant_id, fn)
        except stripe.InvalidRequestError as exc:
            raise WriteBackError(f"Stripe refused it: {exc.user_message or exc}", retryable=False) from exc


def _page(listing: Any) -> Page:
    return Page(items=[_plain(o) for o in listing.data], has_more=bool(listing.has_more))


class StripeAppsOAuth:
    """Stripe Apps OAuth: the app's install link, then ``/v1/oauth/token`` with the platform secret key.

    As https://docs.stripe.com/stripe-apps/api-authentication/oauth describes it: the code is single-use and
    valid 5 minutes; the answer carries ``stripe_user_id`` but no ``expires_in`` (access tokens last an hour);
    every refresh returns a new refresh token and expires the old one, so the vault must keep the new one.
    Stripe wants the developer key of the grant's mode (test or live): one deployment serves one mode.
    """

    def __init__(
        self,
        secret_key: str,
        install_url: str,
        redirect_uri: str,
        *,
        client_factory: Callable[[str], Any] | None = None,
    ) -> None:
        self._secret_key = secret_key
        self._install_url = install_url
        self._redirect_uri = redirect_uri
        self._factory = client_factory

    def authorize_url(self, state: str) -> str:
        sep = "&" if "?" in self._install_url else "?"
        return f"{self._install_url}{sep}{urlencode({'state': state, 'redirect_uri': self._redirect_uri})}"

    def _token(self, params: dict[str, str], now: datetime) -> StripeGrant:
        import stripe  # noqa: PLC0415

        client = (self._factory or stripe.StripeClient)(self._secret_key)
        try:
            raw = client.raw_request("post", "/v1/oauth/token", **params)
            data = _plain(client.deserialize(raw, api_mode="V1"))
        except (stripe.InvalidRequestError, stripe.AuthenticationError, stripe.PermissionError) as exc:
            raise ReconnectNeededError(f"Stripe refused the grant: {exc.user_message or exc}") from exc
        return StripeGrant(
            account_id=str(data["stripe_user_id"]),
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            expires_at=now + timedelta(seconds=int(data.get("expires_in") or 3600)),
            livemode=bool(data.get("livemode")),
            scope=data.get("scope"),
        )

    def exchange_code(self, code: str, *, now: datetime) -> StripeGrant:
        return self._token({"grant_type": "authorization_code", "code": code}, now)

    def refresh(self, refresh_token: str, *, now: datetime) -> StripeGrant:
        return self._token({"grant_type": "refresh_token", "refresh_token": refresh_token}, now)
