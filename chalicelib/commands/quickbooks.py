"""``sync quickbooks`` and ``quickbooks install-link|disconnect-link|status|process|cdc|notes``.

``sync quickbooks`` runs (or continues) the tenant's QBO backfill and prints one progress line per page,
so an operator sees where a backfill that a Lambda timeout interrupted stands, and can finish it.
"""

from __future__ import annotations

import argparse

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services import quickbooks_install, quickbooks_sync
from chalicelib.services.quickbooks_sync import BackfillCursor, QboSettings, TenantNotice


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    if "sync" not in sub.choices:
        sync = sub.add_parser("sync", help="load a connected ledger (quickbooks)")
        providers = sync.add_subparsers(dest="provider", required=True)
        qbo_sync = providers.add_parser("quickbooks", help="run or continue the QuickBooks backfill")
        add_tenant_arg(qbo_sync)
        qbo_sync.add_argument("--restart", action="store_true", help="start the backfill again from the top")
        qbo_sync.set_defaults(handler=_sync)

    qbo = sub.add_parser("quickbooks", help="the QuickBooks Online connection")
    actions = qbo.add_subparsers(dest="action", required=True)
    again = actions.add_parser("sync", help="run or continue the backfill (same as `sync quickbooks`)")
    add_tenant_arg(again)
    again.add_argument("--restart", action="store_true")
    again.set_defaults(handler=_sync)
    for name, handler, text in (
        ("install-link", _install_link, "a signed link (2 days) that connects a QuickBooks company"),
        ("disconnect-link", _disconnect_link, "a signed link (2 days) that disconnects it"),
        ("status", _status, "connection, backfill progress and pending changes"),
        ("process", _process, "work the stored webhook changes now"),
        ("cdc", _cdc, "run the change-data-capture pass now"),
    ):
        parser = actions.add_parser(name, help=text)
        add_tenant_arg(parser)
        parser.set_defaults(handler=handler)
    notes = actions.add_parser("notes", help="write a note to the QBO customer when cash is applied")
    add_tenant_arg(notes)
    notes.add_argument("setting", choices=["on", "off"])
    notes.set_defaults(handler=_notes)


def _line(cursor: BackfillCursor) -> str:
    counts = " ".join(f"{k}={v}" for k, v in sorted(cursor.counts.items()))
    where = f" from {cursor.start}" if cursor.phase not in ("done", "stats", "paid_invoices") else ""
    return f"{cursor.phase}{where}: {counts or 'nothing yet'}"


def _sync(args: argparse.Namespace) -> int:
    with services() as c:
        if not quickbooks_sync.is_connected(c.repo, args.tenant):
            conn = quickbooks_sync.connection(c.repo, args.tenant)
            print(f"QuickBooks is {conn.status if conn else 'not connected'} for {args.tenant}")
            return 2
        if args.restart or quickbooks_sync.backfill_progress(c.repo, args.tenant) is None:
            quickbooks_sync.start_backfill(c.repo, c.clock, args.tenant)
        cursor = quickbooks_sync.run_backfill(
            c.qbo_deps(), args.tenant, progress=lambda cur: print(_line(cur), flush=True)
        )
    if cursor is None or cursor.phase != "done":
        print("stopped before the end: run it again to continue")
        return 1
    return 0


def _install_link(args: argparse.Namespace) -> int:
    with services() as c:
        if c.repo.get_tenant(args.tenant) is None:
            print(f"no tenant {args.tenant}")
            return 2
        print(
            quickbooks_install.install_link(
                c.qbo_state_secret(), c.settings.public_url, args.tenant, c.clock.now()
            )
        )
    return 0


def _disconnect_link(args: argparse.Namespace) -> int:
    with services() as c:
        print(
            quickbooks_install.disconnect_link(
                c.qbo_state_secret(), c.settings.public_url, args.tenant, c.clock.now()
            )
        )
    return 0


def _status(args: argparse.Namespace) -> int:
    with services() as c:
        conn = quickbooks_sync.connection(c.repo, args.tenant)
        print(
            f"connection: {conn.status} (realm {conn.realm_id}) {conn.reason}" if conn else "connection: none"
        )
        cursor = quickbooks_sync.backfill_progress(c.repo, args.tenant)
        print(f"backfill: {_line(cursor)}" if cursor else "backfill: not started")
        pending = c.repo.list_records(args.tenant, quickbooks_sync.EVENT_KIND, quickbooks_sync.StoredChange)
        print(f"pending changes: {len(pending)}")
        notice = c.repo.get_record(args.tenant, quickbooks_sync.NOTICE_KIND, "quickbooks", TenantNotice)
        if notice:
            print(f"notice: {notice.message}")
    return 0


def _process(args: argparse.Namespace) -> int:
    with services() as c:
        report = quickbooks_sync.process_changes(c.qbo_deps(), args.tenant)
    print(
        f"processed={report.processed} ignored={report.ignored} failed={report.failed}"
        + (f" stopped: {report.stopped}" if report.stopped else "")
    )
    return 0 if not report.stopped else 1


def _cdc(args: argparse.Namespace) -> int:
    with services() as c:
        changes = quickbooks_sync.run_cdc(c.qbo_deps(), args.tenant)
    if changes is None:
        print("not connected (or reconnect needed): nothing asked")
        return 1
    print(
        f"customers={len(changes.customers)} invoices={len(changes.invoices)} payments={len(changes.payments)} "
        f"deleted={sum(len(v) for v in changes.deleted.values())} as_of={changes.as_of.isoformat()}"
    )
    return 0


def _notes(args: argparse.Namespace) -> int:
    with services() as c:
        c.repo.put_record(
            args.tenant,
            quickbooks_sync.SETTINGS_KIND,
            "current",
            QboSettings(write_notes=args.setting == "on"),
        )
    print(f"notes to QuickBooks customers: {args.setting}")
    return 0
