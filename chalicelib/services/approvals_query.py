"""Reading the drafts that wait for a person (the CLI lists them; the Slack flow decides them), and the
roster of who may decide them."""

from __future__ import annotations

from chalicelib.domain.approvers import ApproverRoster
from chalicelib.domain.outbound import ApprovalRequest, ApprovalStatus
from chalicelib.services.ports import Repository

APPROVAL_KIND = "approval"
APPROVERS_KIND, ROSTER_KEY = "approvers", "roster"


def roster(repo: Repository, tenant_id: str) -> ApproverRoster:
    return repo.get_record(tenant_id, APPROVERS_KIND, ROSTER_KEY, ApproverRoster) or ApproverRoster()


def list_approvals(
    repo: Repository, tenant_id: str, *, status: ApprovalStatus | None = ApprovalStatus.PENDING
) -> list[ApprovalRequest]:
    """Approval requests of one tenant, oldest first; ``status=None`` lists every status."""
    found = repo.list_records(tenant_id, APPROVAL_KIND, ApprovalRequest)
    if status is not None:
        found = [a for a in found if a.status is status]
    return sorted(found, key=lambda a: (a.created_at, a.approval_id))


def get_approval(repo: Repository, tenant_id: str, approval_id: str) -> ApprovalRequest | None:
    return repo.get_record(tenant_id, APPROVAL_KIND, approval_id, ApprovalRequest)
