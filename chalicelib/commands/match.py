"""``match``: the cash-application batch contract (shared/contracts/cash-application.md).

One output entry per payment, in input order; amounts as two-decimal strings. Unusable invoice rows are
reported on stderr and left out; unusable payment rows get a ``review`` entry with an ``error``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chalicelib.adapters.pinyin_names import pinyin_romanize
from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import check_invoices, match_payments, read_invoices, read_payments


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("match", help="apply incoming payments to open invoices (cash application)")
    parser.add_argument("--invoices", type=Path, required=True, help="JSON list of open invoices")
    parser.add_argument("--payments", type=Path, required=True, help="JSON list of payments, oldest first")
    parser.add_argument("--out", type=Path, required=True, help="where to write one result per payment")
    parser.set_defaults(handler=_run)


def match_files(invoices_raw: list[Any], payments_raw: list[Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The contract's output for already-decoded inputs, and the invoice rows that were left out."""
    invoices, problems = read_invoices(invoices_raw)
    invoices, more = check_invoices(invoices)
    results = match_payments(
        invoices, read_payments(payments_raw), name_similarity=rapidfuzz_similarity, romanize=pinyin_romanize
    )
    return [r.to_contract() for r in results], problems + more


def _run(args: argparse.Namespace) -> int:
    try:
        invoices_raw = json.loads(args.invoices.read_text(encoding="utf-8"))
        payments_raw = json.loads(args.payments.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"error: cannot read input: {exc}", file=sys.stderr)
        return 2
    if not isinstance(invoices_raw, list) or not isinstance(payments_raw, list):
        print("error: both inputs must be JSON lists", file=sys.stderr)
        return 2
    out, problems = match_files(invoices_raw, payments_raw)
    for problem in problems:
        print(f"skipped {problem}", file=sys.stderr)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for entry in out:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    errors = sum(1 for entry in out if entry.get("error"))
    print(
        f"{len(out)} payment(s): "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        + f"; {errors} with input errors; {len(problems)} invoice row(s) skipped"
    )
    return 0
