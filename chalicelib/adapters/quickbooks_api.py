"""The QuickBooks Online Accounting API (v3) and Intuit OAuth 2.0, behind the sync's ``QboLedger`` port.

Outside contracts:
- API base ``https://quickbooks.api.intuit.com`` (sandbox ``https://sandbox-quickbooks.api.intuit.com``),
  paths ``/v3/company/<realmId>/{query,cdc,<entity>/<id>,payment,customer}``; every call sends
  ``minorversion=75`` (older minor versions are being retired by Intuit) and ``Accept: application/json``.
- Queries: ``select * from <Entity> where ... STARTPOSITION n MAXRESULTS m`` (m at most 1000); an answer
  with fewer than m rows is the last page. Answer ``{"QueryResponse": {"<Entity>": [...]}}``.
- CDC: ``GET cdc?entities=...&changedSince=<ISO>``, at most 30 days back; deleted objects come back as
  ``{"status": "Deleted", "Id": ..., "MetaData": ...}``.
- Errors: ``{"Fault": {"Error": [{"Message", "Detail", "code"}], "type"}}``: 610 object not found (deleted),
  4000 query parse error, 5010 stale object (``SyncToken`` out of date: re-read, re-apply, retry).
- Creates accept ``requestid``: Intuit answers a repeated request id with the original result, which is
  what makes a retried payment create safe.
- Auth: ``Authorization: Bearer <access token>``; an access token lasts an hour. A 401 gets one refresh and
  one retry; a second 401, or ``invalid_grant`` from the token endpoint, means the tenant must reconnect.
  Tokens are read and rotated through ``QboTokenStore`` (see ``quickbooks_tokens``).
- OAuth: ``intuitlib.AuthClient`` (intuit-oauth). Its constructor downloads Intuit's discovery document,
  so it is built lazily, on the first OAuth call (never at import or cold start); tests answer that
  download with ``responses``.

python-quickbooks is not used for the API calls: it keeps one global session per client object, and we need
per-call control of ``requestid``, the 401 refresh and the conditional token rotation.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Protocol

import requests

from chalicelib.adapters import quickbooks_mapping as m
from chalicelib.adapters.quickbooks_tokens import QboTokenStore, TokenGrant, Tokens
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.services.ports import Clock
from chalicelib.services.quickbooks_sync import (
    Changes,
    Page,
    QboApiError,
    QboReconnectError,
    SeenPayment,
)

BASE_URLS = {
    "production": "https://quickbooks.api.intuit.com",
    "sandbox": "https://sandbox-quickbooks.api.intuit.com",
}
MINOR_VERSION = 75
MAX_RESULTS = 1000
NOTES_LIMIT = 2000  # QBO's Customer.Notes length limit
STALE_RETRIES = 3
TIMEOUT_S = 20


class AuthRejectedError(Exception):
    """Intuit's token endpoint refused the grant (``invalid_grant``: revoked, expired or already rotated)."""


class QboAuth(Protocol):
    def authorize_url(self, state: str) -> str: ...
    def exchange(self, code: str, realm_id: str) -> TokenGrant: ...
    def refresh(self, refresh_token: str) -> TokenGrant: ...
    def revoke(self, token: str) -> None: ...


class IntuitOAuth:
    """intuit-oauth's ``AuthClient``, built on first use."""

    def __init__(self, client_id: str, client_secret: str, redirect_uri: str, environment: str) -> None:
        self._args = (client_id, client_secret, redirect_uri, environment)
        self._client: Any = None
        self._lock = threading.Lock()

    def _auth_client(self) -> Any:
        from intuitlib.client import AuthClient  # noqa: PLC0415  (its constructor downloads a document)

        if self._client is None:
            client_id, secret, redirect, environment = self._args
            self._client = AuthClient(client_id, secret, redirect, environment)
        return self._client

    def _call(self, fn: Callable[[Any], None]) -> TokenGrant:
        from intuitlib.exceptions import AuthClientError  # noqa: PLC0415

        with self._lock:  # AuthClient keeps the answer on itself: one call at a time per client
            client = self._auth_client()
            try:
                fn(client)
            except AuthClientError as exc:
                body = (
                    exc.content.decode("utf-8", "replace")
                    if isinstance(exc.content, bytes)
                    else str(exc.content)
                )
                if exc.status_code in (400, 401) and "invalid_grant" in body:
                    raise AuthRejectedError("Intuit refused the QuickBooks grant (invalid_grant)") from exc
                raise QboApiError(
                    f"Intuit token endpoint answered {exc.status_code}", status=exc.status_code
                ) from exc
            return TokenGrant(
                access_token=client.access_token,
                refresh_token=client.refresh_token,
                expires_in=int(client.expires_in or 3600),
                x_refresh_token_expires_in=(
                    int(client.x_refresh_token_expires_in) if client.x_refresh_token_expires_in else None
                ),
            )

    def authorize_url(self, state: str) -> str:
        from intuitlib.enums import Scopes  # noqa: PLC0415

        with self._lock:
            return str(self._auth_client().get_authorization_url([Scopes.ACCOUNTING], state_token=state))

    def exchange(self, code: str, realm_id: str) -> TokenGrant:
        return self._call(lambda c: c.get_bearer_token(code, realm_id=realm_id))

    def refresh(self, refresh_token: str) -> TokenGrant:
        return self._call(lambda c: c.refresh(refresh_token=refresh_token))

    def revoke(self, token: str) -> None:
        from intuitlib.exceptions import AuthClientError  # noqa: PLC0415

        with self._lock:
            try:
                self._auth_client().revoke(token=token)
            except AuthClientError as exc:
                raise QboApiError(
                    f"Intuit revoke answered {exc.status_code}", status=exc.status_code
                ) from exc


_DECIMAL_MARK = re.compile(r'"__decimal__(-?[0-9]+(?:\.[0-9]+)?)"')


def dumps_exact(body: Any) -> str:
    """JSON with Decimals written as exact numbers (never through float)."""

    def default(value: Any) -> Any:
        if isinstance(value, Decimal):
            return f"__decimal__{value}"
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"not JSON: {type(value).__name__}")

    return _DECIMAL_MARK.sub(r"\1", json.dumps(body, default=default))


def fault_of(body: Mapping[str, Any]) -> tuple[str | None, str]:
    fault = body.get("Fault") or body.get("fault") or {}
    errors = fault.get("Error") or fault.get("error") or [{}]
    first = errors[0]
    code = first.get("code")
    return (
        str(code) if code is not None else None
    ), f"{first.get('Message', 'QuickBooks error')}: {first.get('Detail', '')}".strip()


class QuickBooksGateway:
    def __init__(
        self,
        tokens: QboTokenStore,
        auth: QboAuth,
        clock: Clock,
        *,
        environment: str = "production",
        session: requests.Session | None = None,
        page_size: int = 500,
    ) -> None:
        self._tokens = tokens
        self._auth = auth
        self._clock = clock
        self._base = BASE_URLS.get(environment, BASE_URLS["production"])
        self._http = session or requests.Session()
        self._page = min(page_size, MAX_RESULTS)

    # --- tokens -------------------------------------------------------------------------------------------

    def _realm(self, tenant_id: str) -> tuple[str, str]:
        conn = self._tokens.connection(tenant_id)
        if conn is None or conn.status != "connected":
            # Never call Intuit for a connection we know is broken: that is how refresh loops start.
            raise QboReconnectError(
                f"QuickBooks is {conn.status if conn else 'not connected'} for {tenant_id}"
            )
        return conn.realm_id, conn.home_currency

    def access_token(self, tenant_id: str, realm_id: str, *, force: bool = False) -> str:
        now = self._clock.now()
        tokens = self._tokens.current(tenant_id, realm_id)
        if tokens is None:
            raise QboReconnectError("no QuickBooks tokens are stored")
        if not force and tokens.fresh(now):
            return tokens.access_token
        return self.refresh(tenant_id, realm_id, tokens).access_token

    def refresh(self, tenant_id: str, realm_id: str, seen: Tokens) -> Tokens:
        """Rotate from generation ``seen``; if someone else rotated first, use theirs."""
        latest = self._tokens.current(tenant_id, realm_id)
        if latest is not None and latest.version > seen.version:
            return latest
        try:
            grant = self._auth.refresh(seen.refresh_token)
        except AuthRejectedError as exc:
            # Our refresh token may have been rotated away by a concurrent refresher that won.
            latest = self._tokens.current(tenant_id, realm_id)
            if latest is not None and latest.version > seen.version:
                return latest
            raise QboReconnectError(str(exc)) from exc
        if self._tokens.store(tenant_id, realm_id, grant, version=seen.version + 1, now=self._clock.now()):
            fresh = self._tokens.current(tenant_id, realm_id)
            assert fresh is not None
            return fresh
        winner = self._tokens.current(tenant_id, realm_id)
        assert winner is not None
        return winner

    # --- HTTP ---------------------------------------------------------------------------------------------

    def _request(
        self,
        tenant_id: str,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: Any = None,
    ) -> dict[str, Any]:
        realm_id, _ = self._realm(tenant_id)
        url = f"{self._base}/v3/company/{realm_id}/{path}"
        query = {**(params or {}), "minorversion": str(MINOR_VERSION)}
        data = dumps_exact(body) if body is not None else None
        for attempt in range(2):
            token = self.access_token(tenant_id, realm_id, force=attempt > 0)
            response = self._http.request(
                method,
                url,
                params=query,
                data=data,
                headers={
                    "Authorization": f"Bearer {token}",
                    "Accept": "application/json",
                    "Content-Type": "application/json",
                },
                timeout=TIMEOUT_S,
            )
            if response.status_code != 401:
                break
        else:
            raise QboReconnectError("QuickBooks refused a freshly refreshed access token (401)")
        try:
            parsed = json.loads(response.text, parse_float=Decimal) if response.text else {}
        except ValueError as exc:
            raise QboApiError(
                f"QuickBooks answered {response.status_code} without JSON", status=response.status_code
            ) from exc
        if response.status_code >= 400 or (
            isinstance(parsed, dict) and ("Fault" in parsed or "fault" in parsed)
        ):
            code, message = fault_of(parsed) if isinstance(parsed, dict) else (None, "QuickBooks error")
            raise QboApiError(message, code=code, status=response.status_code)
        return parsed if isinstance(parsed, dict) else {}

    def query(
        self, tenant_id: str, entity: str, where: str, start: int
    ) -> tuple[list[dict[str, Any]], int | None]:
        # ``where`` is built here from numbers and ISO dates only, never from outside text.
        sql = f"select * from {entity}{where} STARTPOSITION {start} MAXRESULTS {self._page}"  # noqa: S608
        answer = self._request(tenant_id, "GET", "query", params={"query": sql})
        rows: list[dict[str, Any]] = list((answer.get("QueryResponse") or {}).get(entity) or [])
        return rows, (start + len(rows) if len(rows) == self._page else None)

    def read(self, tenant_id: str, entity: str, qbo_id: str) -> dict[str, Any] | None:
        try:
            answer = self._request(tenant_id, "GET", f"{entity.lower()}/{qbo_id}")
        except QboApiError as exc:
            if exc.code == "610" or exc.status == 404:
                return None  # deleted in QBO
            raise
        obj = answer.get(entity)
        return obj if isinstance(obj, dict) else None

    def _query_all(self, tenant_id: str, entity: str, where: str) -> list[dict[str, Any]]:
        rows, start = [], 1
        while True:
            page, nxt = self.query(tenant_id, entity, where, start)
            rows.extend(page)
            if nxt is None:
                return rows
            start = nxt

    # --- QboLedger ----------------------------------------------------------------------------------------

    def _seen(self, tenant_id: str, obj: Mapping[str, Any], currency: str) -> SeenPayment:
        payment = m.payment_from_qbo(tenant_id, obj, home_currency=currency)
        customer = (obj.get("CustomerRef") or {}).get("value")
        return SeenPayment(
            our_id=m.our_id(obj["Id"]),
            customer_id=m.our_id(customer) if customer else None,
            payment=payment,
            unapplied=m.unapplied_amount(obj),
            linked_invoices=[m.our_id(k) for k in m.invoice_links(obj)],
            updated_at=m.updated_at(obj),
        )

    def customers(self, tenant_id: str, start: int) -> Page[tuple[Customer, str | None]]:
        rows, nxt = self.query(tenant_id, "Customer", "", start)
        return Page([(m.customer_from_qbo(tenant_id, r), m.updated_at(r)) for r in rows], nxt)

    def open_invoices(self, tenant_id: str, start: int) -> Page[Invoice]:
        _, currency = self._realm(tenant_id)
        rows, nxt = self.query(tenant_id, "Invoice", " where Balance > '0'", start)
        return Page([m.invoice_from_qbo(tenant_id, r, home_currency=currency) for r in rows], nxt)

    def payments_since(self, tenant_id: str, since: date, start: int) -> Page[SeenPayment]:
        _, currency = self._realm(tenant_id)
        rows, nxt = self.query(tenant_id, "Payment", f" where TxnDate >= '{since.isoformat()}'", start)
        return Page([self._seen(tenant_id, r, currency) for r in rows], nxt)

    def invoices_by_id(self, tenant_id: str, invoice_ids: list[str]) -> list[Invoice]:
        if not invoice_ids:
            return []
        _, currency = self._realm(tenant_id)
        ids = ", ".join(f"'{int(m.qbo_id(i))}'" for i in invoice_ids)  # int(): ids are numeric; no injection
        rows = self._query_all(tenant_id, "Invoice", f" where Id in ({ids})")
        return [m.invoice_from_qbo(tenant_id, r, home_currency=currency) for r in rows]

    def customer_open_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        _, currency = self._realm(tenant_id)
        where = f" where CustomerRef = '{int(m.qbo_id(customer_id))}' and Balance > '0'"
        return [
            m.invoice_from_qbo(tenant_id, r, home_currency=currency)
            for r in self._query_all(tenant_id, "Invoice", where)
        ]

    def invoice(self, tenant_id: str, invoice_id: str, *, voided: bool = False) -> Invoice | None:
        _, currency = self._realm(tenant_id)
        obj = self.read(tenant_id, "Invoice", m.qbo_id(invoice_id))
        return m.invoice_from_qbo(tenant_id, obj, home_currency=currency, voided=voided) if obj else None

    def customer(self, tenant_id: str, customer_id: str) -> tuple[Customer, str | None] | None:
        obj = self.read(tenant_id, "Customer", m.qbo_id(customer_id))
        return (m.customer_from_qbo(tenant_id, obj), m.updated_at(obj)) if obj else None

    def payment(self, tenant_id: str, payment_id: str) -> SeenPayment | None:
        _, currency = self._realm(tenant_id)
        obj = self.read(tenant_id, "Payment", m.qbo_id(payment_id))
        return self._seen(tenant_id, obj, currency) if obj else None

    def credit_memo_customer(self, tenant_id: str, credit_memo_id: str) -> str | None:
        obj = self.read(tenant_id, "CreditMemo", m.qbo_id(credit_memo_id))
        ref = (obj or {}).get("CustomerRef") or {}
        return m.our_id(ref["value"]) if ref.get("value") else None

    def changes_since(self, tenant_id: str, since: datetime) -> Changes:
        _, currency = self._realm(tenant_id)
        answer = self._request(
            tenant_id,
            "GET",
            "cdc",
            params={
                "entities": "Customer,Invoice,Payment,CreditMemo",
                "changedSince": since.astimezone(UTC).isoformat(timespec="seconds"),
            },
        )
        as_of = datetime.fromisoformat(m.to_utc(answer["time"])) if answer.get("time") else self._clock.now()
        changes = Changes(as_of=as_of)
        for block in answer.get("CDCResponse") or []:
            for response in block.get("QueryResponse") or []:
                for entity, rows in response.items():
                    if not isinstance(rows, list):
                        continue
                    for row in rows:
                        if m.is_deleted(row):
                            changes.deleted.setdefault(entity, []).append(m.our_id(row["Id"]))
                        elif entity == "Customer":
                            customer = m.customer_from_qbo(tenant_id, row)
                            changes.customers.append(customer)
                            if marker := m.updated_at(row):
                                changes.customer_markers[customer.customer_id] = marker
                        elif entity == "Invoice":
                            changes.invoices.append(
                                m.invoice_from_qbo(tenant_id, row, home_currency=currency)
                            )
                        elif entity == "Payment":
                            changes.payments.append(self._seen(tenant_id, row, currency))
                        elif entity == "CreditMemo" and (row.get("CustomerRef") or {}).get("value"):
                            changes.credit_memo_customers.append(m.our_id(row["CustomerRef"]["value"]))
        return changes

    def apply_payment(
        self,
        tenant_id: str,
        customer_id: str,
        payment: Payment,
        applications: dict[str, Decimal],
        request_id: str,
    ) -> str:
        body = {
            "CustomerRef": {"value": m.qbo_id(customer_id)},
            "TotalAmt": sum(applications.values(), Decimal(0)),
            "CurrencyRef": {"value": payment.currency},
            "TxnDate": payment.received_on,
            "PaymentRefNum": (payment.reference or payment.payment_id)[:21],  # QBO's field limit
            "PrivateNote": f"Applied by Argent (payment {payment.payment_id})",
            "Line": [
                {"Amount": amount, "LinkedTxn": [{"TxnId": m.qbo_id(invoice_id), "TxnType": "Invoice"}]}
                for invoice_id, amount in sorted(applications.items())
            ],
        }
        answer = self._request(tenant_id, "POST", "payment", params={"requestid": request_id}, body=body)
        return str(answer["Payment"]["Id"])

    def link_payment(self, tenant_id: str, payment_id: str, applications: dict[str, Decimal]) -> str:
        def change(current: dict[str, Any]) -> dict[str, Any]:
            lines = list(current.get("Line") or [])
            linked = {
                str(txn.get("TxnId"))
                for line in lines
                for txn in line.get("LinkedTxn") or []
                if txn.get("TxnType") == "Invoice"
            }
            lines += [
                {"Amount": amount, "LinkedTxn": [{"TxnId": m.qbo_id(invoice_id), "TxnType": "Invoice"}]}
                for invoice_id, amount in sorted(applications.items())
                if m.qbo_id(invoice_id) not in linked
            ]
            # A sparse update replaces the whole Line list, so the existing lines are sent back with the new.
            return {
                "CustomerRef": current.get("CustomerRef"),
                "TotalAmt": current.get("TotalAmt"),
                "Line": lines,
            }

        updated = self.update_with_retry(tenant_id, "Payment", m.qbo_id(payment_id), change)
        return str(updated.get("Id") or m.qbo_id(payment_id))

    def update_with_retry(
        self, tenant_id: str, entity: str, qbo_id: str, change: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> dict[str, Any]:
        """Sparse update from the current object; a stale ``SyncToken`` (5010) is re-read and retried."""
        for attempt in range(STALE_RETRIES):
            current = self.read(tenant_id, entity, qbo_id)
            if current is None:
                raise QboApiError(f"{entity} {qbo_id} no longer exists in QuickBooks", code="610")
            body = {"Id": current["Id"], "SyncToken": current["SyncToken"], "sparse": True, **change(current)}
            try:
                answer = self._request(tenant_id, "POST", entity.lower(), body=body)
            except QboApiError as exc:
                if exc.code == "5010" and attempt < STALE_RETRIES - 1:
                    continue
                raise
            return dict(answer.get(entity) or {})
        raise AssertionError("unreachable")

    def add_customer_note(self, tenant_id: str, customer_id: str, note: str) -> None:
        def change(current: dict[str, Any]) -> dict[str, Any]:
            text = "\n".join(p for p in (str(current.get("Notes") or ""), note) if p)
            return {"Notes": text[-NOTES_LIMIT:]}

        self.update_with_retry(tenant_id, "Customer", m.qbo_id(customer_id), change)

    def home_currency(self, realm_id: str, access_token: str) -> str:
        """The company's home currency (Preferences.CurrencyPrefs), read right after the token exchange."""
        response = self._http.get(
            f"{self._base}/v3/company/{realm_id}/preferences",
            params={"minorversion": str(MINOR_VERSION)},
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
            timeout=TIMEOUT_S,
        )
        if response.status_code != 200:
            raise QboApiError(
                f"QuickBooks preferences answered {response.status_code}", status=response.status_code
            )
        prefs = response.json().get("Preferences") or {}
        return str(((prefs.get("CurrencyPrefs") or {}).get("HomeCurrency") or {}).get("value") or "USD")


class IntuitConnector:
    """The install service's ``QboConnector``: Intuit OAuth plus the token store and the gateway."""

    def __init__(self, tokens: QboTokenStore, auth: QboAuth, gateway: QuickBooksGateway) -> None:
        self._tokens = tokens
        self._auth = auth
        self._gateway = gateway

    def authorize_url(self, state: str) -> str:
        return self._auth.authorize_url(state)

    def connect(self, tenant_id: str, code: str, realm_id: str, now: datetime) -> str:
        grant = self._auth.exchange(code, realm_id)
        self._tokens.store_new_grant(tenant_id, realm_id, grant, now=now)
        try:
            return self._gateway.home_currency(realm_id, grant.access_token)
        except QboApiError:
            return "USD"  # QBO's default; every object names its currency anyway

    def disconnect(self, tenant_id: str, realm_id: str) -> None:
        tokens = self._tokens.current(tenant_id, realm_id)
        if tokens is not None:
            # Already revoked at Intuit is fine: forgetting our copy is what matters.
            with contextlib.suppress(QboApiError, AuthRejectedError):
                self._auth.revoke(tokens.refresh_token)
        self._tokens.forget(tenant_id, realm_id)

    def probe(self, tenant_id: str) -> None:
        realm_id, _ = self._gateway._realm(tenant_id)
        self._gateway.read(tenant_id, "CompanyInfo", realm_id)
