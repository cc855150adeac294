"""A button click finds its escalation by key, without reading every escalation of the tenant."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from chalicelib.adapters.memory import FakeRepository
from chalicelib.services.escalations import raise_escalation
from chalicelib.services.slack_approvals import escalation_card, escalation_cards
from tests.conftest import NOW


class CountingRepository(FakeRepository):
    def __init__(self) -> None:
        super().__init__()
        self.listed = 0

    def list_records(self, tenant_id: str, kind: str, cls: Any) -> Any:
        self.listed += 1
        return super().list_records(tenant_id, kind, cls)


def test_a_keyed_escalation_is_read_directly_and_matches_the_listed_card() -> None:
    repo = CountingRepository()
    for n in range(200):
        raise_escalation(
            repo,
            "acme",
            f"cash-review:p{n}",
            reason=f"payment p{n} needs a person",
            at=NOW + timedelta(seconds=n),
            source="cash",
        )
    listed = {c.key: c for c in escalation_cards(repo, "acme")}
    repo.listed = 0
    card = escalation_card(repo, "acme", "escalation:cash-review:p150")
    assert card == listed["escalation:cash-review:p150"]
    assert repo.listed == 0  # one record read, not the list
    assert escalation_card(repo, "acme", "escalation:cash-review:nope") is None
    assert escalation_card(repo, "globex", "escalation:cash-review:p150") is None  # another tenant's key
