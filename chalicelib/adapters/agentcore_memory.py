"""``AgentCoreMemory``: per-customer conversation memory on Amazon Bedrock AgentCore (``MemoryClient``).

Outside contract: ``create_event(memory_id, actor_id, session_id, messages=[(text, role)])`` and
``get_last_k_turns``. The API's ActorId allows ``[a-zA-Z0-9][a-zA-Z0-9-_/]*`` with ``:`` separators and
SessionId only ``[a-zA-Z0-9][a-zA-Z0-9-_]*``, so the actor is ``<tenant>:<customer>`` (the design's
"tenant#customer", with ``:`` because ``#`` is rejected) and the session the case id, other characters
replaced by ``_``. Customer text is stored as the USER role, ours as ASSISTANT.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

_ROLES = {"customer": "USER", "agent": "ASSISTANT"}


def _safe(value: str, *, allow: str) -> str:
    cleaned = re.sub(rf"[^a-zA-Z0-9{allow}]", "_", value)
    return cleaned if cleaned[:1].isalnum() else f"x{cleaned}"


def actor_id(tenant_id: str, customer_id: str) -> str:
    return f"{_safe(tenant_id, allow='_/-')}:{_safe(customer_id, allow='_/-')}"


def session_id(case_id: str) -> str:
    return _safe(case_id, allow="_-")[:100]


class AgentCoreMemory:
    def __init__(self, memory_id: str, *, region: str, client: Any | None = None) -> None:
        self._memory_id = memory_id
        self._region = region
        self._client = client

    def _memory(self) -> Any:
        if self._client is None:
            from bedrock_agentcore.memory import MemoryClient  # noqa: PLC0415  (built on first use only)

            self._client = MemoryClient(region_name=self._region)
        return self._client

    def record(
        self, tenant_id: str, customer_id: str, case_id: str, *, role: str, text: str, at: datetime
    ) -> None:
        self._memory().create_event(
            memory_id=self._memory_id,
            actor_id=actor_id(tenant_id, customer_id),
            session_id=session_id(case_id),
            messages=[(text[:9000], _ROLES.get(role, "OTHER"))],
            event_timestamp=at,
        )

    def recent(self, tenant_id: str, customer_id: str, case_id: str, k: int = 5) -> list[tuple[str, str]]:
        turns = self._memory().get_last_k_turns(
            memory_id=self._memory_id,
            actor_id=actor_id(tenant_id, customer_id),
            session_id=session_id(case_id),
            k=k,
        )
        back = {v: r for r, v in _ROLES.items()}
        out: list[tuple[str, str]] = []
        for turn in turns:
            for message in turn:
                out.append(
                    (
                        back.get(str(message.get("role")), "other"),
                        str(message.get("content", {}).get("text", "")),
                    )
                )
        return out
