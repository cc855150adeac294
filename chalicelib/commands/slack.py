"""``slack install-link|channel|publish|status``: connecting Slack and posting what waits for a person."""

from __future__ import annotations

import argparse

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services.slack_approvals import POST_KIND, SlackPost, publish_pending
from chalicelib.services.slack_install import InstallError, get_install, set_channel, sign_state


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slack = sub.add_parser("slack", help="the Slack approvals channel")
    actions = slack.add_subparsers(dest="action", required=True)
    link = actions.add_parser("install-link", help="a signed link (10 minutes) that connects a workspace")
    add_tenant_arg(link)
    link.set_defaults(handler=_link)
    channel = actions.add_parser("channel", help="change the approvals channel")
    add_tenant_arg(channel)
    channel.add_argument("channel_id")
    channel.set_defaults(handler=_channel)
    publish = actions.add_parser("publish", help="post pending approvals and escalations now")
    add_tenant_arg(publish)
    publish.set_defaults(handler=_publish)
    status = actions.add_parser("status", help="the install, and requests that could not be posted")
    add_tenant_arg(status)
    status.set_defaults(handler=_status)


def _link(args: argparse.Namespace) -> int:
    with services() as c:
        secret = c.settings.slack_client_secret
        if secret is None or c.repo.get_tenant(args.tenant) is None:
            print("needs SLACK_CLIENT_SECRET and an existing tenant")
            return 2
        token = sign_state(secret.get_secret_value(), args.tenant, c.clock.now())
        print(f"{c.settings.public_url.rstrip('/')}/install/slack?link={token}")
    return 0


def _channel(args: argparse.Namespace) -> int:
    with services() as c:
        try:
            install = set_channel(c.repo, args.tenant, args.channel_id)
        except InstallError as exc:
            print(exc)
            return 2
    print(f"approvals for {args.tenant} go to {install.channel_id}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    with services() as c:
        deps = c.slack_deps()
        report = publish_pending(c.repo, deps.notifier, deps.cipher, c.clock.now(), args.tenant)
    print(report.skipped or f"posted {report.posted}, failed {report.failed}")
    for error in report.errors:
        print(f"  {error}")
    return 0 if not report.failed else 1


def _status(args: argparse.Namespace) -> int:
    with services() as c:
        install = get_install(c.repo, args.tenant)
        posts = c.repo.list_records(args.tenant, POST_KIND, SlackPost)
    if install is None:
        print("Slack is not connected (slack install-link)")
        return 1
    state = "needs reconnect" if install.needs_reconnect else "connected"
    print(f"{install.team_name or install.team_id}: {state}; channel {install.channel_id or 'not chosen'}")
    for post in posts:
        if post.ts is None:
            print(f"  not posted: {post.key} ({post.last_error or 'in progress'})")
    return 0
