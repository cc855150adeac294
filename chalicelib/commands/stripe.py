"""``stripe install-link|backfill|status|process|retries|failure-emails|cash-balance``: the Stripe connection from the command line.

``stripe backfill`` runs (or continues) the tenant's backfill and prints one progress line per page, so an
operator sees where a backfill that a Lambda timeout interrupted stands, and can finish it.
"""

from __future__ import annotations

import argparse

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services import stripe_events, stripe_install


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("stripe", help="the Stripe connection (install, backfill, events)")
    actions = parser.add_subparsers(dest="action", required=True)
    for name, handler, text in (
        ("install-link", _install_link, "a signed link (2 days) that installs Argent into a Stripe account"),
        ("status", _status, "connection, backfill progress and pending events"),
        ("process", _process, "work the stored webhook events now"),
    ):
        p = actions.add_parser(name, help=text)
        add_tenant_arg(p)
        p.set_defaults(handler=handler)
    backfill = actions.add_parser("backfill", help="run or continue the backfill, one line per page")
    add_tenant_arg(backfill)
    backfill.add_argument("--restart", action="store_true", help="start again from the first page")
    backfill.set_defaults(handler=_backfill)
    for name, (_, words, text, _said) in _SETTINGS.items():
        p = actions.add_parser(name, help=text)
        add_tenant_arg(p)
        p.add_argument("setting", choices=list(words))
        p.set_defaults(handler=_setting, setting_name=name)


# The tenant's Stripe choices: command -> (connection field, value per word, help, what the answer says).
_SETTINGS: dict[str, tuple[str, dict[str, object], str, str]] = {
    "retries": (
        "own_retries",
        {"on": True, "off": False},
        "our own payment retries where Stripe does not retry",
        "own payment retries (only where Stripe does not retry)",
    ),
    "failure-emails": (
        "failure_emails",
        {"argent": "argent", "stripe": "stripe"},
        "who tells the customer what to do after a declined card: argent (default) or stripe "
        "(when the account's own failed-payment and 3-D Secure emails are on, so the customer gets one)",
        "after a declined card the customer is told what to do by",
    ),
    "cash-balance": (
        "cash_balance_reconciliation",
        {"automatic": "automatic", "manual": "manual"},
        "the account's bank-transfer reconciliation setting (for customers on merchant_default): "
        "manual hands bank transfers in the cash balance to cash application; automatic leaves them to Stripe",
        "bank transfers into a customer's Stripe cash balance are reconciled",
    ),
}


def progress_line(cursor: stripe_events.BackfillCursor) -> str:
    counts = " ".join(f"{k}={v}" for k, v in sorted(cursor.counts.items()))
    where = f" after {cursor.starting_after}" if cursor.starting_after else ""
    return f"{cursor.phase}{where}: {counts or 'nothing yet'}"


def _install_link(args: argparse.Namespace) -> int:
    with services() as c:
        deps = c.stripe_install_deps()
        if deps is None:
            print("Stripe is not configured: set STRIPE_SECRET_KEY and STRIPE_APP_INSTALL_URL")
            return 2
        if c.repo.get_tenant(args.tenant) is None:
            print(f"no tenant {args.tenant}")
            return 2
        print(stripe_install.install_link(deps.secret, c.settings.public_url, args.tenant, c.clock.now()))
    return 0


def _backfill(args: argparse.Namespace) -> int:
    with services() as c:
        if not stripe_events.is_connected(c.repo, args.tenant):
            print(f"Stripe is not connected for {args.tenant}")
            return 2
        if args.restart or stripe_events.backfill_progress(c.repo, args.tenant) is None:
            stripe_events.start_backfill(c.repo, c.clock, args.tenant)
        cursor = stripe_events.run_backfill(
            c.stripe_deps(), args.tenant, on_page=lambda cur: print(progress_line(cur), flush=True)
        )
    if cursor is None or cursor.phase != "done":
        print("stopped before the end: run it again to continue")
        return 1
    print(f"done: {progress_line(cursor)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    with services() as c:
        conn = stripe_events.connection(c.repo, args.tenant)
        print(
            f"connection: {conn.status} (account {conn.account_id}, own retries "
            f"{'on' if conn.own_retries else 'off'}, failure emails by {conn.failure_emails})"
            if conn
            else "connection: none"
        )
        cursor = stripe_events.backfill_progress(c.repo, args.tenant)
        print(f"backfill: {progress_line(cursor)}" if cursor else "backfill: not started")
        pending = c.repo.list_records(args.tenant, stripe_events.PENDING_KIND, stripe_events.PendingEvent)
        print(f"pending events: {len(pending)}")
    return 0


def _process(args: argparse.Namespace) -> int:
    with services() as c:
        report = stripe_events.process_pending(c.stripe_deps(), args.tenant)
    for line in report.outcomes:
        print(line)
    print(f"processed={report.processed} failed={report.failed}")
    return 0 if report.failed == 0 else 1


def _setting(args: argparse.Namespace) -> int:
    """Change one of the connection's settings; 2 when Stripe is not connected."""
    field, words, _, said = _SETTINGS[args.setting_name]
    with services() as c:
        conn = stripe_events.connection(c.repo, args.tenant)
        if conn is None:
            print(f"Stripe is not connected for {args.tenant}")
            return 2
        updated = conn.model_copy(update={field: words[args.setting]})
        c.repo.put_record(args.tenant, stripe_events.CONNECTION_KIND, "current", updated)
    print(f"{said}: {args.setting}")
    return 0
