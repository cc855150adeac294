"""``evaluate``: the quality figures of every engine on the project's labelled sets (``make eval`` writes them
to ``docs/evaluation.md``, which the README summarises)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from chalicelib import evaluation

HEADER = (
    "# Quality figures: full `make eval` output\n\n"
    "Written by `python -m chalicelib.cli evaluate --out docs/evaluation.md` (`make eval`) from the labelled sets "
    "under `tests/data`. Every set here has been used to improve the engines after its first pass, so these "
    "figures are in-sample; the first passes, and the grouped 8-fold tables at the end of the triage and "
    "guardrail sections, are the honest measure (see the README and `docs/quality-history.md`).\n"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("evaluate", help="print quality figures (triage, guard, match) from the dev sets")
    parser.add_argument("names", nargs="*", help="evaluations to run (default: all)")
    parser.add_argument(
        "--out", type=Path, help="write the figures to this markdown file instead of printing"
    )
    parser.set_defaults(handler=_run)


def _report(name: str) -> str:
    module = importlib.import_module(f"{evaluation.__name__}.{name}")
    report: str = module.report()
    return report


def _run(args: argparse.Namespace) -> int:
    available = sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__))
    wanted = args.names or available
    unknown = sorted(set(wanted) - set(available))
    if unknown:
        print(f"unknown evaluation(s): {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    # The evaluations are independent and each takes minutes (eight readers retrained for triage and for guard):
    # one process each, so a two-core machine runs them side by side.
    with ProcessPoolExecutor(max_workers=len(wanted)) as pool:
        reports = list(pool.map(_report, wanted))
    text = "\n\n".join(reports) + "\n"
    if args.out is None:
        print(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(HEADER + "\n" + text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0
