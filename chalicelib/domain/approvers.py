"""Who may approve a draft, and up to which overdue balance.

A tenant keeps one roster. A person's allowance is per currency; a currency missing from a limited
allowance is refused (an unknown scale is not a reason to let a message go), and ``limits=None`` means any
amount. The same roster serves Slack (person ids are Slack user ids) and the CLI (a local user name).
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field, field_validator

# The case audit trail writes ``person:<id>``, which admits no spaces or colons.
PERSON_ID = r"^[^\s:]+$"


class Approver(BaseModel):
    person_id: str = Field(pattern=PERSON_ID)
    # None: any amount. Otherwise the largest balance per currency this person may approve alone.
    limits: dict[str, Decimal] | None = None

    @field_validator("limits")
    @classmethod
    def _positive(cls, value: dict[str, Decimal] | None) -> dict[str, Decimal] | None:
        if value is not None:
            for code, amount in value.items():
                if amount <= 0:
                    raise ValueError(f"allowance in {code} must be positive")
        return value


class ApproverRoster(BaseModel):
    approvers: dict[str, Approver] = Field(default_factory=dict)

    def with_approver(self, approver: Approver) -> ApproverRoster:
        return ApproverRoster(approvers={**self.approvers, approver.person_id: approver})

    def without(self, person_id: str) -> ApproverRoster:
        return ApproverRoster(approvers={k: v for k, v in self.approvers.items() if k != person_id})

    def refusal(self, person_id: str, amounts: dict[str, Decimal]) -> str | None:
        """Why this person may not approve a message about these amounts, or None when they may."""
        approver = self.approvers.get(person_id)
        if approver is None:
            return f"{person_id} is not an approver for this account"
        if approver.limits is None:
            return None
        for currency, amount in sorted(amounts.items()):
            limit = approver.limits.get(currency)
            if limit is None:
                return f"{person_id} has no approval allowance in {currency}"
            if amount > limit:
                return f"{amount} {currency} is above {person_id}'s approval allowance of {limit} {currency}"
        return None
