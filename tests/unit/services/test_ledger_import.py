from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.adapters.csv_ledger import LedgerFileError, read_ledger
from chalicelib.adapters.memory import FakeRepository
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.services.ledger import import_ledger
from tests.factories import tenant

DATA = Path(__file__).parents[2] / "data" / "ledger"


def _import(repo: FakeRepository, clock: FixedClock, path: Path):  # type: ignore[no-untyped-def]
    repo.put_tenant(tenant("acme"))
    return import_ledger(repo, clock, "acme", read_ledger(path, "acme"))


def test_good_rows_are_kept_and_bad_rows_are_reported_by_line(clock: FixedClock) -> None:
    repo = FakeRepository()
    report = _import(repo, clock, DATA / "mixed.csv")
    errors = {e.line: e.message for e in report.errors}
    assert sorted(errors) == [4, 5, 6, 7, 9, 10]
    assert "unknown currency" in errors[4]
    assert "total must not be negative" in errors[5]
    assert "before issue date" in errors[6]
    assert "not an amount" in errors[7]
    assert "already on line 8" in errors[9]
    assert "customer_name" in errors[10]
    assert report.imported == 3
    assert sorted(i for (_, _, i) in repo.invoices) == ["INV-1001", "INV-1002", "INV-1007"]


def test_a_bad_row_writes_nothing_for_its_customer(clock: FixedClock) -> None:
    repo = FakeRepository()
    _import(repo, clock, DATA / "mixed.csv")
    assert repo.get_customer("acme", "c2") is None
    assert repo.get_customer("acme", "c3") is None


def test_import_opens_cases_for_overdue_customers(clock: FixedClock) -> None:
    repo = FakeRepository()
    report = _import(repo, clock, DATA / "mixed.csv")
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.ACTIVE_CHASE
    assert case.invoice_ids == ["INV-1001"]  # INV-1002 is not due until 2026-03-12
    assert report.cases_open == 2


def test_importing_the_same_file_twice_duplicates_nothing(clock: FixedClock) -> None:
    repo = FakeRepository()
    _import(repo, clock, DATA / "mixed.csv")
    events = len(repo.list_events("acme", "c1"))
    _import(repo, clock, DATA / "mixed.csv")
    assert len(repo.invoices) == 3
    assert len(repo.list_events("acme", "c1")) == events
    assert len(repo.get_customer("acme", "c1").contacts) == 1  # type: ignore[union-attr]


def test_a_file_without_the_required_columns_is_refused_whole(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("customer,amount\nc1,10\n")
    with pytest.raises(LedgerFileError, match="missing column"):
        list(read_ledger(path, "acme"))


def test_an_unknown_tenant_is_refused(clock: FixedClock) -> None:
    with pytest.raises(LookupError, match="unknown tenant"):
        import_ledger(FakeRepository(), clock, "nobody", read_ledger(DATA / "mixed.csv", "nobody"))
