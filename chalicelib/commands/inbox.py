"""``inbox``: customer mail waiting for a person (matched no case, could not be read, or needs an answer).

``inbox --receive FILE...`` feeds raw .eml files through the same intake as SES (local mode and support):
each file is read on its own, so one broken file is listed with its error and the rest go on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from chalicelib.adapters.ses_inbound import inbound_from_raw
from chalicelib.bootstrap import Container
from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services.escalations import ESCALATION_KIND, Escalation
from chalicelib.services.inbound import (
    INBOX_KIND,
    InboxItem,
    ingest_reply,
    reply_answers,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("inbox", help="mail waiting for a person: unmatched, unreadable, escalated")
    add_tenant_arg(parser)
    parser.add_argument("--escalations", action="store_true", help="also list escalations raised by replies")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--receive", nargs="+", metavar="FILE", help="first take in these raw .eml files as inbound mail"
    )
    parser.add_argument(
        "--to", help="the address the files arrived at (default: their own To/Cc headers)", default=None
    )
    parser.set_defaults(handler=_run)


def _receive(c: Container, files: list[str], to: str | None) -> list[tuple[str, str, str]]:
    secret = c.settings.reply_token_secret.get_secret_value()
    answer = reply_answers(c.sweep_deps())
    out: list[tuple[str, str, str]] = []
    for name in files:
        try:
            path = Path(name)
            mail = inbound_from_raw(
                path.read_bytes(),
                recipients=[to.lower()] if to else None,
                fallback_id=f"file:{path.name}",
                stored_at=str(path),
            )
            result = ingest_reply(
                mail,
                repo=c.repo,
                clock=c.clock,
                engine=c.triage_engine(),
                token_secret=secret,
                answer=answer,
                memory=c.conversation_memory(),
            )
            out.append((name, result.status, result.detail))
        except OSError as exc:
            out.append((name, "error", str(exc)))
    return out


def _run(args: argparse.Namespace) -> int:
    with services() as c:
        received = _receive(c, args.receive, args.to) if args.receive else []
        items = sorted(c.repo.list_records(args.tenant, INBOX_KIND, InboxItem), key=lambda i: i.received_at)
        escalations = (
            sorted(c.repo.list_records(args.tenant, ESCALATION_KIND, Escalation), key=lambda e: e.raised_at)
            if args.escalations
            else []
        )
    if args.json:
        print(
            json.dumps(
                {
                    "received": [{"file": f, "status": s, "detail": d} for f, s, d in received],
                    "inbox": [i.model_dump(mode="json") for i in items],
                    "escalations": [e.model_dump(mode="json") for e in escalations],
                },
                indent=2,
            )
        )
        return 0
    for name, status, detail in received:
        print(f"received {name}: {status} - {detail}")
    print(f"{len(items)} message(s) in the inbox of {args.tenant}")
    for item in items:
        what = f"UNREADABLE ({item.error})" if item.error else (item.intent or "?")
        where = f" [kept at {item.stored_at}]" if item.stored_at else ""
        case = f" case {item.case_id}" if item.case_id else ""
        print(f"  {item.received_at:%Y-%m-%d %H:%M} {item.sender}{case}: {what} - {item.reason}{where}")
        if item.subject:
            print(f"      subject: {item.subject}")
    if args.escalations:
        print(f"{len(escalations)} escalation(s)")
        for esc in escalations:
            where = f"case {esc.case_id}" if esc.case_id else f"account ({esc.source})"
            print(f"  {esc.raised_at:%Y-%m-%d %H:%M} [{esc.priority}] {where}: {esc.reason}")
            print(f"      next: {esc.suggested_next_step}")
    return 0
