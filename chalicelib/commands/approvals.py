"""``approvals list``: drafts waiting for a person, with why the agent asked."""

from __future__ import annotations

import argparse

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.domain.outbound import ApprovalStatus
from chalicelib.services.approvals_query import list_approvals


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    approvals = sub.add_parser("approvals", help="drafts waiting for a person's approval")
    actions = approvals.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list approval requests (pending by default)")
    add_tenant_arg(listing)
    listing.add_argument(
        "--status",
        default=ApprovalStatus.PENDING.value,
        choices=[s.value for s in ApprovalStatus] + ["all"],
        help="only requests in this status (default: pending)",
    )
    listing.add_argument("--full", action="store_true", help="print each draft's whole text")
    listing.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    status = None if args.status == "all" else ApprovalStatus(args.status)
    with services() as c:
        found = list_approvals(c.repo, args.tenant, status=status)
    for a in found:
        print(f"{a.approval_id}  [{a.status.value}]  case {a.case_id}  created {a.created_at:%Y-%m-%d %H:%M}")
        print(f"  to: {', '.join(a.email.to)}  subject: {a.email.subject}")
        print(f"  why: {a.why}")
        if args.full:
            for line in a.email.body_text.splitlines():
                print(f"    | {line}")
    print(f"{len(found)} approval request(s)")
    return 0
