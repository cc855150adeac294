"""``cases`` and ``case show ID``: what the agent is working on, and why."""

from __future__ import annotations

import argparse

from chalicelib.commands._runtime import add_tenant_arg, services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser("cases", help="list cases with state, overdue balance and next action")
    add_tenant_arg(listing)
    listing.add_argument("--state", help="only cases in this state (e.g. dispute)")
    listing.set_defaults(handler=_list)

    case = sub.add_parser("case", help="one case")
    actions = case.add_subparsers(dest="action", required=True)
    show = actions.add_parser("show", help="a case's timeline from its audit events")
    show.add_argument("case_id")
    add_tenant_arg(show)
    show.set_defaults(handler=_show)


def _balance(balances: dict[str, object]) -> str:
    return ", ".join(f"{amount} {currency}" for currency, amount in sorted(balances.items())) or "-"


def _list(args: argparse.Namespace) -> int:
    with services() as c:
        cases = c.repo.list_cases(args.tenant)
        names = {cu.customer_id: cu.name for cu in c.repo.list_customers(args.tenant)}
    if args.state:
        cases = [k for k in cases if k.state.value == args.state]
    print(f"{'case':<10} {'customer':<34} {'state':<16} {'overdue':<24} next action (UTC)")
    for k in cases:
        when = k.next_action_at.strftime("%Y-%m-%d %H:%M") if k.next_action_at else "-"
        name = names.get(k.customer_id, k.customer_id)[:33]
        print(f"{k.case_id:<10} {name:<34} {k.state.value:<16} {_balance(dict(k.balances)):<24} {when}")
    print(f"{len(cases)} case(s)")
    return 0


def _show(args: argparse.Namespace) -> int:
    with services() as c:
        case = c.repo.get_case(args.tenant, args.case_id)
        if case is None:
            print(f"no case {args.case_id} for tenant {args.tenant}")
            return 1
        customer = c.repo.get_customer(args.tenant, case.customer_id)
        events = c.repo.list_events(args.tenant, args.case_id)
    print(f"case {case.case_id} - {customer.name if customer else case.customer_id}")
    print(
        f"state {case.state.value}, overdue {_balance(dict(case.balances))}, invoices {', '.join(case.invoice_ids)}"
    )
    print(f"next action {case.next_action_at.isoformat() if case.next_action_at else '-'}")
    for e in events:
        move = f" [{e.from_state.value if e.from_state else ''} -> {e.to_state.value}]" if e.to_state else ""
        print(f"  {e.at.strftime('%Y-%m-%d %H:%M')} #{e.seq} {e.kind}{move} by {e.actor}: {e.reason}")
        if e.facts:
            print(f"      facts: {e.facts}")
    return 0
