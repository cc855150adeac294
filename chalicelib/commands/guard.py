"""``guard``: the outbound-guardrails batch contract (shared/contracts/guardrails.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from chalicelib.domain.guardrails import check_draft


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "guard", help="check drafts against the outbound guardrails (JSONL in, JSONL out)"
    )
    parser.add_argument(
        "--in", dest="inp", type=Path, required=True, help='JSONL of {"id", "subject", "body"}'
    )
    parser.add_argument("--out", type=Path, required=True, help='JSONL of {"id", "allowed", "violations"}')
    parser.set_defaults(handler=_run)


def verdict_line(line: str, n: int) -> dict[str, object]:
    """A draft we cannot read is not allowed: failing closed is the only safe answer for outbound text."""
    draft_id: str = f"line-{n}"
    try:
        draft = json.loads(line)
        if not isinstance(draft, dict):
            raise ValueError("line is not a JSON object")
        draft_id = str(draft.get("id", draft_id))
        subject, body = draft.get("subject", ""), draft.get("body")
        if not isinstance(subject, str) or not isinstance(body, str):
            raise ValueError("subject and body must be strings")
        verdict = check_draft(subject, body)
    except (ValueError, TypeError) as exc:
        return {"id": draft_id, "allowed": False, "violations": [], "error": f"{type(exc).__name__}: {exc}"}
    return {"id": draft_id, "allowed": verdict.allowed, "violations": [v.value for v in verdict.violations]}


def _run(args: argparse.Namespace) -> int:
    blocked = count = 0
    with args.inp.open(encoding="utf-8") as src, args.out.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            out = verdict_line(line, n)
            count += 1
            blocked += not out["allowed"]
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{count} draft(s) checked, {blocked} blocked")
    return 0
