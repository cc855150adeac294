"""The QBO gateway against Intuit's HTTP contract, faked with ``responses`` at the API boundary.

Error bodies are real QBO faults (ExQuickBooks fixtures); objects are real sandbox records (Airbyte).
Token rotation runs on both repositories (in-memory and DynamoDB on moto), including two refreshes at once.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import responses
from intuitlib.config import DISCOVERY_URL

from chalicelib.adapters.quickbooks_api import IntuitConnector, IntuitOAuth, QuickBooksGateway
from chalicelib.adapters.quickbooks_tokens import QboTokenStore, TokenGrant
from chalicelib.adapters.token_cipher import LocalCipher
from chalicelib.clock import FixedClock
from chalicelib.domain.ledger import Payment
from chalicelib.services import quickbooks_sync as sync
from chalicelib.services.ports import Repository
from chalicelib.services.quickbooks_sync import QboApiError, QboConnection, QboReconnectError

FIX = Path(__file__).parents[2] / "fixtures" / "quickbooks"
REALM = "9130350000000001"
API = f"https://sandbox-quickbooks.api.intuit.com/v3/company/{REALM}"
TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
NOW = datetime(2026, 3, 10, 14, tzinfo=UTC)
DISCOVERY = {
    "issuer": "https://oauth.platform.intuit.com/op/v1",
    "authorization_endpoint": "https://appcenter.intuit.com/connect/oauth2",
    "token_endpoint": TOKEN_URL,
    "userinfo_endpoint": "https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo",
    "revocation_endpoint": "https://developer.api.intuit.com/v2/oauth2/tokens/revoke",
    "jwks_uri": "https://oauth.platform.intuit.com/op/v1/jwks",
}


def fixture(name: str) -> Any:
    return json.loads((FIX / name).read_text())


def qbo(name: str) -> dict[str, Any]:
    data: dict[str, Any] = fixture(name)["data"]
    return data


def world(
    repo: Repository, *, expires_in: int = 3600, page_size: int = 500
) -> tuple[QuickBooksGateway, QboTokenStore]:
    clock = FixedClock(NOW)
    repo.put_record(
        "acme",
        sync.CONNECTION_KIND,
        sync.CONNECTION_KEY,
        QboConnection(realm_id=REALM, status="connected", changed_at=NOW),
    )
    tokens = QboTokenStore(repo, LocalCipher("test"))
    tokens.store_new_grant(
        "acme",
        REALM,
        TokenGrant(access_token="access-1", refresh_token="refresh-1", expires_in=expires_in),
        now=NOW,
    )
    auth = IntuitOAuth("client", "secret", "https://argent.example/oauth/quickbooks/callback", "sandbox")
    return QuickBooksGateway(tokens, auth, clock, environment="sandbox", page_size=page_size), tokens


@pytest.fixture
def intuit() -> Any:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(DISCOVERY_URL["sandbox"], json=DISCOVERY)
        yield mock


def _query(call: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(call.request.url).query)


def test_every_call_sends_minor_version_75_and_queries_page_with_maxresults(
    repo: Repository, intuit: Any
) -> None:
    gateway, _ = world(repo, page_size=1)
    customers = [qbo("airbyte_record_customer_3.json"), qbo("airbyte_record_customer_8_subcustomer_job.json")]
    for i, row in enumerate([*customers, None]):
        intuit.get(
            f"{API}/query",
            json={"QueryResponse": {"Customer": [row]} if row else {}, "time": "2026-03-10T06:00:00-08:00"},
            match=[
                responses.matchers.query_param_matcher(
                    {
                        "query": f"select * from Customer STARTPOSITION {i + 1} MAXRESULTS 1",
                        "minorversion": "75",
                    }
                )
            ],
        )
    start, names = 1, []
    while True:
        page = gateway.customers("acme", start)
        names += [c.name for c, _ in page.items]
        if page.next_start is None:
            break
        start = page.next_start
    assert names == ["Cool Cars", "0969 Ocean View Road"]
    assert all(_query(c)["minorversion"] == ["75"] for c in intuit.calls if "/v3/company/" in c.request.url)
    assert all(
        c.request.headers["Authorization"] == "Bearer access-1"
        for c in intuit.calls
        if "/v3/company/" in c.request.url
    )


def test_a_query_fault_is_a_typed_error_with_intuits_code(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo)
    intuit.get(f"{API}/query", json=fixture("exquickbooks_fault_query_error_4000.json"), status=400)
    with pytest.raises(QboApiError) as caught:
        gateway.open_invoices("acme", 1)
    assert caught.value.code == "4000" and "Error parsing query" in str(caught.value)


def test_a_deleted_object_reads_as_none(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo)
    gone = {
        "Fault": {
            "Error": [
                {
                    "Message": "Object Not Found",
                    "Detail": "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
                    "code": "610",
                    "element": "",
                }
            ],
            "type": "ValidationFault",
        },
        "time": "2026-03-10T06:00:00-08:00",
    }
    intuit.get(f"{API}/invoice/130", json=gone, status=400)
    assert gateway.invoice("acme", "qbo-130") is None


def test_an_expired_access_token_is_refreshed_first_and_the_new_refresh_token_is_kept(
    repo: Repository, intuit: Any
) -> None:
    gateway, tokens = world(repo, expires_in=60)  # inside the 5-minute margin
    intuit.post(
        TOKEN_URL,
        json={
            "access_token": "access-2",
            "refresh_token": "refresh-2",
            "expires_in": 3600,
            "x_refresh_token_expires_in": 8726400,
            "token_type": "bearer",
        },
    )
    intuit.get(f"{API}/invoice/130", json={"Invoice": qbo("airbyte_record_invoice_130_open.json")})
    invoice = gateway.invoice("acme", "qbo-130")
    assert invoice is not None and invoice.balance == Decimal("362.07")
    assert intuit.calls[-1].request.headers["Authorization"] == "Bearer access-2"
    current = tokens.current("acme", REALM)
    assert current is not None and (current.version, current.refresh_token) == (2, "refresh-2")
    token_call = next(c for c in intuit.calls if c.request.url == TOKEN_URL)
    assert parse_qs(token_call.request.body) == {
        "grant_type": ["refresh_token"],
        "refresh_token": ["refresh-1"],
    }


def test_a_401_gets_one_refresh_and_one_retry(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo)
    intuit.post(
        TOKEN_URL, json={"access_token": "access-2", "refresh_token": "refresh-2", "expires_in": 3600}
    )
    intuit.get(
        f"{API}/invoice/130",
        status=401,
        json={
            "fault": {
                "error": [
                    {
                        "message": "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                        "detail": "Token expired",
                        "code": "3200",
                    }
                ],
                "type": "AUTHENTICATION",
            }
        },
    )
    intuit.get(f"{API}/invoice/130", json={"Invoice": qbo("airbyte_record_invoice_130_open.json")})
    assert gateway.invoice("acme", "qbo-130") is not None
    assert [c.request.headers.get("Authorization") for c in intuit.calls if "invoice" in c.request.url] == [
        "Bearer access-1",
        "Bearer access-2",
    ]


def test_a_second_401_after_refreshing_means_reconnect_not_a_loop(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo)
    intuit.post(
        TOKEN_URL, json={"access_token": "access-2", "refresh_token": "refresh-2", "expires_in": 3600}
    )
    intuit.get(f"{API}/invoice/130", status=401, json={})
    with pytest.raises(QboReconnectError):
        gateway.invoice("acme", "qbo-130")
    assert len([c for c in intuit.calls if "invoice" in c.request.url]) == 2


def test_a_revoked_refresh_token_means_reconnect(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo, expires_in=0)
    intuit.post(TOKEN_URL, status=400, json={"error": "invalid_grant"})
    with pytest.raises(QboReconnectError, match="invalid_grant"):
        gateway.invoice("acme", "qbo-130")


class _OneCallAtATime:
    """The repository with each call made atomic, as every DynamoDB request is. moto's in-process table is not
    thread-safe: two conditional puts racing in threads could both pass, which real DynamoDB never allows, and the
    test would then measure moto instead of the gateway's handling of a lost race."""

    def __init__(self, inner: Repository) -> None:
        self._inner = inner
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if not callable(attribute):
            return attribute

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return locked


def test_two_lambdas_refreshing_at_once_keep_one_valid_refresh_token(repo: Repository, intuit: Any) -> None:
    _, tokens = world(repo, expires_in=0)
    both_in_flight = threading.Barrier(2, timeout=10)
    issued: list[str] = []
    lock = threading.Lock()

    def token_endpoint(request: Any) -> tuple[int, dict[str, str], str]:
        both_in_flight.wait()  # both refreshers have read generation 1 and called Intuit
        with lock:
            issued.append(f"refresh-{len(issued) + 2}")
            n = issued[-1].split("-")[1]
        return (
            200,
            {},
            json.dumps({"access_token": f"access-{n}", "refresh_token": f"refresh-{n}", "expires_in": 3600}),
        )

    intuit.add_callback(responses.POST, TOKEN_URL, callback=token_endpoint)
    results: list[str] = []
    errors: list[BaseException] = []

    table = _OneCallAtATime(repo)

    def lambda_run() -> None:
        # Each "Lambda" builds its own gateway and OAuth client, sharing only the table.
        gateway = QuickBooksGateway(
            QboTokenStore(table, LocalCipher("test")),
            IntuitOAuth("client", "secret", "https://argent.example/cb", "sandbox"),
            FixedClock(NOW),
            environment="sandbox",
        )
        try:
            results.append(gateway.access_token("acme", REALM))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=lambda_run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert errors == []
    current = tokens.current("acme", REALM)
    assert current is not None and current.version == 2
    assert len(issued) == 2 and current.refresh_token in issued  # one Intuit issued, not a lost one
    assert results == [current.access_token, current.access_token]  # the loser adopted the winner's


def test_a_stale_sync_token_is_reread_and_the_note_written_on_the_second_try(
    repo: Repository, intuit: Any
) -> None:
    gateway, _ = world(repo)
    customer = qbo("airbyte_record_customer_3.json")
    intuit.get(f"{API}/customer/3", json={"Customer": customer})
    intuit.get(f"{API}/customer/3", json={"Customer": customer | {"SyncToken": "1", "Notes": "VIP"}})
    intuit.post(f"{API}/customer", status=400, json=fixture("exquickbooks_fault_stale_object_5010.json"))
    intuit.post(f"{API}/customer", json={"Customer": customer | {"SyncToken": "2"}})
    gateway.add_customer_note("acme", "qbo-3", "Argent applied 10.00 USD to invoice 1004.")
    posts = [
        json.loads(c.request.body)
        for c in intuit.calls
        if c.request.method == "POST" and "customer" in c.request.url
    ]
    assert [p["SyncToken"] for p in posts] == ["0", "1"]
    assert posts[1] == {
        "Id": "3",
        "SyncToken": "1",
        "sparse": True,
        "Notes": "VIP\nArgent applied 10.00 USD to invoice 1004.",
    }


def test_a_payment_is_created_with_linked_invoices_exact_amounts_and_a_request_id(
    repo: Repository, intuit: Any
) -> None:
    gateway, _ = world(repo)
    created = qbo("airbyte_record_payment_120_linked_invoice_12.json") | {"Id": "901"}
    intuit.post(f"{API}/payment", json={"Payment": created, "time": "2026-03-10T06:00:00-08:00"})
    cash = Payment(
        tenant_id="acme",
        payment_id="bank-7",
        amount=Decimal("2000.00"),
        currency="USD",
        received_on=NOW.date(),
        reference="REMIT 1004/1037",
    )
    qbo_id = gateway.apply_payment(
        "acme", "qbo-3", cash, {"qbo-12": Decimal("1675.52"), "qbo-130": Decimal("0.10")}, "req-abc"
    )
    assert qbo_id == "901"
    call = intuit.calls[-1]
    assert _query(call) == {"requestid": ["req-abc"], "minorversion": ["75"]}
    assert '"TotalAmt": 1675.62' in call.request.body  # exact decimals, never through float
    body = json.loads(call.request.body, parse_float=Decimal)
    assert body["Line"] == [
        {"Amount": Decimal("1675.52"), "LinkedTxn": [{"TxnId": "12", "TxnType": "Invoice"}]},
        {"Amount": Decimal("0.10"), "LinkedTxn": [{"TxnId": "130", "TxnType": "Invoice"}]},
    ]
    assert body["CustomerRef"] == {"value": "3"} and body["TxnDate"] == "2026-03-10"


def test_cdc_asks_for_receivables_since_the_cursor_and_reads_deletions(repo: Repository, intuit: Any) -> None:
    gateway, _ = world(repo)
    answer = {
        "CDCResponse": [
            {
                "QueryResponse": [
                    {
                        "Invoice": [
                            qbo("airbyte_record_invoice_130_open.json"),
                            {
                                "domain": "QBO",
                                "status": "Deleted",
                                "Id": "77",
                                "MetaData": {"LastUpdatedTime": "2026-03-09T10:00:00-08:00"},
                            },
                        ],
                        "startPosition": 1,
                        "maxResults": 2,
                    },
                    {"Payment": [qbo("airbyte_record_payment_120_linked_invoice_12.json")]},
                    {"CreditMemo": [qbo("airbyte_record_creditmemo_73.json")]},
                ]
            }
        ],
        "time": "2026-03-10T06:00:00.000-08:00",
    }
    intuit.get(f"{API}/cdc", json=answer)
    changes = gateway.changes_since("acme", NOW - timedelta(days=1))
    assert _query(intuit.calls[-1])["entities"] == ["Customer,Invoice,Payment,CreditMemo"]
    assert _query(intuit.calls[-1])["changedSince"] == ["2026-03-09T14:00:00+00:00"]
    assert [i.invoice_id for i in changes.invoices] == ["qbo-130"] and changes.deleted == {
        "Invoice": ["qbo-77"]
    }
    assert changes.payments[0].linked_invoices == ["qbo-12"] and changes.credit_memo_customers == ["qbo-1"]
    assert changes.as_of == datetime(2026, 3, 10, 14, tzinfo=UTC)


def test_install_exchanges_the_code_through_intuit_oauth_and_reads_the_home_currency(
    repo: Repository, intuit: Any
) -> None:
    gateway, tokens = world(repo)
    tokens.forget("acme", REALM)
    intuit.post(
        TOKEN_URL,
        json={
            "access_token": "a-new",
            "refresh_token": "r-new",
            "expires_in": 3600,
            "x_refresh_token_expires_in": 8726400,
        },
    )
    intuit.get(
        f"{API}/preferences", json={"Preferences": {"CurrencyPrefs": {"HomeCurrency": {"value": "CAD"}}}}
    )
    auth = IntuitOAuth("client", "secret", "https://argent.example/oauth/quickbooks/callback", "sandbox")
    connector = IntuitConnector(tokens, auth, gateway)
    url = connector.authorize_url("signed-state")
    assert url.startswith(DISCOVERY["authorization_endpoint"]) and "com.intuit.quickbooks.accounting" in url
    assert connector.connect("acme", "auth-code", REALM, NOW) == "CAD"
    current = tokens.current("acme", REALM)
    assert current is not None and current.refresh_token == "r-new"
    assert (
        len([c for c in intuit.calls if c.request.url == DISCOVERY_URL["sandbox"]]) == 1
    )  # fetched once, lazily


def test_cash_quickbooks_kept_unapplied_is_linked_by_a_sparse_update_keeping_its_lines(
    repo: Repository, intuit: Any
) -> None:
    gateway, _ = world(repo)
    held = qbo("airbyte_record_payment_101_linked_invoice_67.json") | {
        "TotalAmt": 500.0,
        "UnappliedAmt": 280.0,
    }
    intuit.get(f"{API}/payment/101", json={"Payment": held})
    intuit.get(f"{API}/payment/101", json={"Payment": held | {"SyncToken": "1"}})
    intuit.post(f"{API}/payment", status=400, json=fixture("exquickbooks_fault_stale_object_5010.json"))
    intuit.post(f"{API}/payment", json={"Payment": held | {"SyncToken": "2"}})
    assert (
        gateway.link_payment("acme", "qbo-101", {"qbo-130": Decimal("280.00"), "qbo-67": Decimal("1")})
        == "101"
    )
    posts = [json.loads(c.request.body) for c in intuit.calls if c.request.method == "POST"]
    assert [p["SyncToken"] for p in posts] == ["0", "1"]  # the stale token was re-read once
    last = posts[1]
    assert (last["sparse"], last["TotalAmt"], last["CustomerRef"]["value"]) == (True, 500.0, "1")
    # The invoice it already paid keeps its line (a sparse update replaces the list); 67 is not linked twice.
    assert [(line["Amount"], line["LinkedTxn"][0]["TxnId"]) for line in last["Line"]] == [
        (220.0, "67"),
        (280.0, "130"),
    ]
