"""``escalations list|handle|take-over``: the local twin of the escalation messages and their buttons.

The same service functions as Slack's "Mark handled" and "Take over", with the same checks: the person
(``--as``, default $USER) must be on the tenant's approver roster, and a second decision changes nothing.
"""

from __future__ import annotations

import argparse
import getpass

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services import escalation_actions
from chalicelib.services.escalation_actions import EscalationRefusedError
from chalicelib.services.escalations import handled_marks
from chalicelib.services.slack_approvals import escalation_cards


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "escalations", help="what the agent handed to a person (the Slack channel's twin)"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="open escalations, high priority first")
    add_tenant_arg(listing)
    listing.add_argument("--all", action="store_true", help="also the ones already handled")
    listing.set_defaults(handler=_list)
    for name, text in (
        ("handle", "mark an escalation handled (it leaves the list)"),
        ("take-over", "take the escalation's case over: the agent pauses on it"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("key", help="the escalation's key, as `escalations list` prints it")
        add_tenant_arg(p)
        p.add_argument("--as", dest="person", default=getpass.getuser(), help="who (default: $USER)")
        if name == "handle":
            p.add_argument("--note", default="", help="what was done")
        p.set_defaults(handler=_decide, decision=name)


_RANK = {"high": 0, "normal": 1, "low": 2}


def _list(args: argparse.Namespace) -> int:
    with services() as c:
        cards = escalation_cards(c.repo, args.tenant, include_handled=args.all)
        marks = handled_marks(c.repo, args.tenant)
    cards.sort(key=lambda card: _RANK.get(card.priority, 1))
    print(f"{len(cards)} escalation(s)")
    for card in cards:
        print(f"[{card.priority}] {card.key}  {card.customer_name or '-'}")
        print(f"    why: {card.reason}")
        print(f"    next step: {card.suggested_next_step}")
        if card.key in marks:
            print(f"    {marks[card.key].headline(slack=False)}")
    return 0


def _decide(args: argparse.Namespace) -> int:
    with services() as c:
        now = c.clock.now()
        try:
            if args.decision == "take-over":
                mark = escalation_actions.take_over(
                    c.repo, args.tenant, args.key, person_id=args.person, at=now
                )
            else:
                mark = escalation_actions.mark_handled(
                    c.repo, args.tenant, args.key, person_id=args.person, at=now, note=args.note
                )
        except EscalationRefusedError as exc:
            print(f"refused ({exc.code}): {exc.reason}")
            return 2
    print(mark.headline(slack=False))
    return 0
