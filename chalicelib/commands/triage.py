"""``triage``: the reply-triage batch contract (shared/contracts/triage.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.triage import Intent, TriageEngine, TriageResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("triage", help="classify customer replies (one JSON line in, one out)")
    parser.add_argument("--in", dest="inp", type=Path, required=True, help='JSONL of {"id", "eml"}')
    parser.add_argument("--out", type=Path, required=True, help="JSONL of triage results, same order")
    parser.add_argument("--engine", choices=["local", "bedrock"], default="local")
    parser.add_argument(
        "--model-id", default="anthropic.claude-3-5-haiku-20241022-v1:0", help="Bedrock model"
    )
    parser.set_defaults(handler=_run)


def _engine(args: argparse.Namespace) -> TriageEngine:
    if args.engine == "bedrock":
        from chalicelib.adapters.bedrock_triage import BedrockTriage  # noqa: PLC0415  (boto3 only when asked)

        return BedrockTriage(model_id=args.model_id, fallback=LocalTriage())
    return LocalTriage()


def triage_line(engine: TriageEngine, line: str, n: int) -> dict[str, object]:
    """One output line for one input line; a line that cannot be read still yields a result."""
    record_id: str | None = None
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("line is not a JSON object")
        record_id = str(record["id"]) if record.get("id") is not None else None
        eml = record["eml"]
        if not isinstance(eml, str):
            raise ValueError("eml must be a string")
        result = engine.triage(eml.encode("utf-8", "surrogateescape"))
    except Exception as exc:  # one bad message never stops the batch
        result = TriageResult(
            intent=Intent.OTHER,
            confidence=0.0,
            error=f"{type(exc).__name__}: {exc}",
        )
    return {"id": record_id if record_id is not None else f"line-{n}", **result.to_contract()}


def _run(args: argparse.Namespace) -> int:
    engine = _engine(args)
    count = errors = 0
    with args.inp.open(encoding="utf-8") as src, args.out.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            out = triage_line(engine, line, n)
            errors += "error" in out
            count += 1
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{count} message(s) triaged, {errors} with errors")
    return 0
