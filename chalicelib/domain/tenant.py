"""A tenant: one business that installed Argent, with its policy."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from chalicelib.domain.policy import Policy


class Tenant(BaseModel):
    tenant_id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]{1,62}$")
    name: str = Field(min_length=1)
    created_at: datetime
    policy: Policy = Field(default_factory=Policy)
    # Replies come back to ar+<token>@<reply_domain>; unknown domains are never attached to a tenant.
    reply_domain: str | None = None
    signature: str | None = None
