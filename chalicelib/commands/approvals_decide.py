"""``approvals approve|edit|reject|snooze|take-over|allow``: the local twin of the Slack buttons.

The same service functions as Slack, so the same checks hold: the person (``--as``, default $USER) must be
on the tenant's approver roster with a large enough allowance, a stale draft is refused with the reason,
and a second approve sends nothing. These subcommands join the ``approvals`` command (its ``list`` belongs
to the sweep's module).
"""

from __future__ import annotations

import argparse
import getpass
from datetime import date
from decimal import Decimal, InvalidOperation

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.domain.approvers import Approver
from chalicelib.services import approvals
from chalicelib.services.approvals import ApprovalDeps, ApprovalRefusedError, DecisionResult
from chalicelib.services.outbound import EmailThrottledError


def _subcommands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    existing = sub.choices.get("approvals")
    if existing is None:
        existing = sub.add_parser("approvals", help="drafts waiting for a person's approval")
        return existing.add_subparsers(dest="action", required=True)
    for action in existing._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return existing.add_subparsers(dest="action", required=True)


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="person", default=getpass.getuser(), help="who decides (default: $USER)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = _subcommands(sub)
    for name, helptext in (
        ("approve", "send the draft as proposed"),
        ("reject", "reject the draft (needs --reason)"),
        ("edit", "send an edited subject/body (the guardrails check it first)"),
        ("snooze", "pause the case until a day"),
        ("take-over", "pause the agent on this case and assign it to you"),
    ):
        parser = actions.add_parser(name, help=helptext)
        parser.add_argument("approval_id")
        add_tenant_arg(parser)
        _person(parser)
        if name == "reject":
            parser.add_argument("--reason", required=True)
        if name == "edit":
            parser.add_argument("--subject", required=True)
            parser.add_argument("--body-file", required=True, help="file with the new body text")
        if name == "snooze":
            parser.add_argument("--until", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
        parser.set_defaults(handler=_decide, decision=name)
    allow = actions.add_parser(
        "allow", help="put a person on the approver roster (or change their allowance)"
    )
    allow.add_argument("person_id")
    add_tenant_arg(allow)
    allow.add_argument(
        "--up-to",
        action="append",
        default=[],
        metavar="AMOUNT:CUR",
        help="allowance per currency; none: any amount",
    )
    allow.add_argument("--remove", action="store_true", help="take the person off the roster")
    allow.set_defaults(handler=_allow)


def _decide(args: argparse.Namespace) -> int:
    with services() as c:
        sweep = c.sweep_deps()
        deps = ApprovalDeps(repo=c.repo, clock=c.clock, sender=sweep.sender, fresh=sweep.fresh)
        try:
            result = _run(deps, args)
        except ApprovalRefusedError as exc:
            print(f"refused: {exc.reason}")
            return 2
        except EmailThrottledError as exc:
            print(f"not sent, the mail provider is throttling ({exc}); the request is still pending")
            return 3
    print(result.headline())
    return 0 if result.outcome in ("sent", "rejected", "snoozed", "taken_over") else 1


def _run(deps: ApprovalDeps, args: argparse.Namespace) -> DecisionResult:
    tenant, approval_id, person = args.tenant, args.approval_id, args.person
    if args.decision == "approve":
        return approvals.approve(deps, tenant, approval_id, person_id=person)
    if args.decision == "reject":
        return approvals.reject(deps, tenant, approval_id, person_id=person, reason=args.reason)
    if args.decision == "edit":
        with open(args.body_file, encoding="utf-8") as handle:
            body = handle.read()
        return approvals.edit(deps, tenant, approval_id, person_id=person, subject=args.subject, body=body)
    if args.decision == "snooze":
        return approvals.snooze(deps, tenant, approval_id, person_id=person, until=args.until)
    return approvals.take_over(deps, tenant, approval_id, person_id=person)


def _allow(args: argparse.Namespace) -> int:
    limits: dict[str, Decimal] = {}
    for item in args.up_to:
        amount, _, currency = item.partition(":")
        try:
            limits[currency.upper()] = Decimal(amount)
        except InvalidOperation:
            print(f"--up-to {item}: expected AMOUNT:CUR, e.g. 5000:USD")
            return 2
    with services() as c:
        if args.remove:
            roster = approvals.remove_approver(c.repo, args.tenant, args.person_id)
        else:
            roster = approvals.allow_approver(
                c.repo, args.tenant, Approver(person_id=args.person_id, limits=limits or None)
            )
    for person in sorted(roster.approvers.values(), key=lambda a: a.person_id):
        allowance = ", ".join(f"{v} {k}" for k, v in sorted((person.limits or {}).items())) or "any amount"
        print(f"{person.person_id}: {allowance}")
    return 0
