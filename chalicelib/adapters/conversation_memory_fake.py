"""``FakeConversationMemory``: the local twin of the AgentCore memory, in process."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime


class FakeConversationMemory:
    def __init__(self) -> None:
        self.sessions: dict[tuple[str, str, str], list[tuple[datetime, str, str]]] = defaultdict(list)

    def record(
        self, tenant_id: str, customer_id: str, case_id: str, *, role: str, text: str, at: datetime
    ) -> None:
        self.sessions[(tenant_id, customer_id, case_id)].append((at, role, text))

    def recent(self, tenant_id: str, customer_id: str, case_id: str, k: int = 5) -> list[tuple[str, str]]:
        # By time, and in the order recorded within the same instant (a reply and our answer to it).
        said = sorted(self.sessions[(tenant_id, customer_id, case_id)], key=lambda entry: entry[0])
        return [(role, text) for _, role, text in said[-k:]]
