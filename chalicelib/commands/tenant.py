"""``tenant create|list``: the businesses Argent works for."""

from __future__ import annotations

import argparse

from pydantic import ValidationError

from chalicelib.commands._runtime import services
from chalicelib.domain.tenant import Tenant


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("tenant", help="create or list tenants")
    actions = parser.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="create a tenant")
    create.add_argument("tenant_id", help="short id: lowercase letters, digits, dashes")
    create.add_argument("--name", required=True, help="the business's name, used in signatures")
    create.add_argument("--reply-domain", help="domain that receives customer replies (ar+<token>@DOMAIN)")
    create.set_defaults(handler=_create)
    listing = actions.add_parser("list", help="list tenants")
    listing.set_defaults(handler=_list)


def _create(args: argparse.Namespace) -> int:
    with services() as c:
        if c.repo.get_tenant(args.tenant_id) is not None:
            print(f"tenant {args.tenant_id} already exists")
            return 1
        try:
            tenant = Tenant(
                tenant_id=args.tenant_id,
                name=args.name,
                created_at=c.clock.now(),
                reply_domain=args.reply_domain,
            )
        except ValidationError as exc:
            print(f"invalid tenant: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}")
            return 2
        c.repo.put_tenant(tenant)
        print(f"created tenant {tenant.tenant_id} ({tenant.name})")
    return 0


def _list(args: argparse.Namespace) -> int:
    with services() as c:
        for tenant in c.repo.list_tenants():
            print(f"{tenant.tenant_id}\t{tenant.name}")
    return 0
