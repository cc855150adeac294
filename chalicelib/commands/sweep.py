"""``sweep [--dry-run]``: run the daily dunning sweep here and now, and print what it did for each case.

The same code as the scheduled sweep, with the queue replaced by an in-process one that is worked at once.
``--dry-run`` decides and drafts but writes nothing and sends nothing.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from chalicelib.adapters.sqs_queue import FakeQueue
from chalicelib.clock import FixedClock
from chalicelib.commands._runtime import services
from chalicelib.services.sweep import CaseMessage, run_sweep, work_case


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sweep", help="work every due case now (decide, draft, guard, act)")
    parser.add_argument(
        "--dry-run", action="store_true", help="decide and draft only; write and send nothing"
    )
    parser.add_argument("--tenant", help="only this tenant's cases")
    parser.add_argument("--now", help="pretend it is this time (ISO 8601 with offset), e.g. for the demo")
    parser.add_argument("--show-drafts", action="store_true", help="print each draft's text")
    parser.set_defaults(handler=_sweep)


def _sweep(args: argparse.Namespace) -> int:
    with services() as c:
        clock = c.clock
        if args.now:
            at = datetime.fromisoformat(args.now)
            if at.tzinfo is None:
                print("--now needs a UTC offset, e.g. 2026-03-10T14:00:00+00:00")
                return 2
            clock = FixedClock(at)
        deps = c.sweep_deps(clock)
        queue = FakeQueue(max_receives=1)
        report = run_sweep(c.repo, queue, clock)
        counts: dict[str, int] = {}

        def handle(message: CaseMessage) -> None:
            if args.tenant and message.tenant_id != args.tenant:
                return
            outcome = work_case(deps, message.tenant_id, message.case_id, dry_run=args.dry_run)
            counts[outcome.result] = counts.get(outcome.result, 0) + 1
            print(outcome.line())
            if args.show_drafts and outcome.draft is not None:
                print(f"    Subject: {outcome.draft.subject}")
                for line in outcome.draft.body.splitlines():
                    print(f"    | {line}")

        failures = queue.drain(handle)
        for message, exc in failures:
            counts["failed"] = counts.get("failed", 0) + 1
            print(f"{message.tenant_id}/{message.case_id}: failed - {type(exc).__name__}: {exc}")
    mode = "dry run, nothing written or sent" if args.dry_run else "done"
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing due"
    print(f"sweep at {clock.now().isoformat()}: {report.due} due case(s); {summary} ({mode})")
    return 1 if failures else 0
