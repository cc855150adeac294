"""``evaluate``: print the quality figures of every engine on the project's labelled dev sets."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from chalicelib import evaluation


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("evaluate", help="print quality figures (triage, guard, match) from the dev sets")
    parser.add_argument("names", nargs="*", help="evaluations to run (default: all)")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    available = sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__))
    wanted = args.names or available
    unknown = sorted(set(wanted) - set(available))
    if unknown:
        print(f"unknown evaluation(s): {', '.join(unknown)}; available: {', '.join(available)}")
        return 2
    for name in wanted:
        module = importlib.import_module(f"{evaluation.__name__}.{name}")
        print(module.report())
        print()
    return 0
