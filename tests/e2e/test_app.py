"""Through Chalice's own test client: routes, the dashboard, and tenant boundaries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from chalice.test import Client

from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.demo import seed_demo
from chalicelib.services.escalations import raise_escalation
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW


@pytest.fixture
def client(clock: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Client, FakeRepository]]:
    import app as app_module

    repo = FakeRepository()
    seed_demo(repo, clock, customers=12)
    settings = load_settings(dict(LOCAL_DEFAULTS))
    app_module.container.cache_clear()
    monkeypatch.setattr(app_module, "container", lambda: Container(settings=settings, repo=repo, clock=clock))
    with Client(app_module.app) as test_client:
        yield test_client, repo


def test_health_answers(client: tuple[Client, FakeRepository]) -> None:
    response = client[0].http.get("/health")
    assert response.status_code == 200 and response.json_body == {"status": "ok"}


def test_the_dashboard_lists_the_demo_cases(client: tuple[Client, FakeRepository]) -> None:
    test_client, repo = client
    response = test_client.http.get("/")
    assert response.status_code == 200
    body = response.body.decode()
    assert "Contoso Supplies (demo)" in body
    assert all(case.case_id in body for case in repo.list_cases("demo"))


def test_a_case_page_shows_its_timeline(client: tuple[Client, FakeRepository]) -> None:
    test_client, repo = client
    case = repo.list_cases("demo")[0]
    response = test_client.http.get(f"/cases/demo/{case.case_id}")
    assert response.status_code == 200
    assert "CaseOpened" in response.body.decode()


def test_another_tenants_case_is_not_found(client: tuple[Client, FakeRepository]) -> None:
    test_client, repo = client
    case = repo.list_cases("demo")[0]
    assert test_client.http.get(f"/cases/globex/{case.case_id}").status_code == 404
    assert test_client.http.get("/cases/globex").status_code == 404


def test_customer_text_is_escaped_on_the_dashboard(client: tuple[Client, FakeRepository]) -> None:
    test_client, repo = client
    target = repo.list_customers("demo")[0]
    repo.put_customer(target.model_copy(update={"name": "<script>alert(1)</script>"}))
    body = test_client.http.get("/").body.decode()
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body


def test_what_needs_a_person_is_listed_for_the_tenant_only(client: tuple[Client, FakeRepository]) -> None:
    test_client, repo = client
    case = repo.list_cases("demo")[0]
    raise_escalation(
        repo,
        "demo",
        "test-1",
        reason="chargeback on <b>INV-1</b>",
        at=NOW,
        source="case",
        case_id=case.case_id,
        priority="high",
    )
    body = test_client.http.get("/attention/demo").body.decode()
    assert "Escalations (1)" in body and "chargeback on &lt;b&gt;INV-1&lt;/b&gt;" in body
    assert test_client.http.get("/attention/globex").status_code == 404
