"""``train triage|guard``: rebuild a second reader's weights from the labelled sets under tests/data.

``--check`` rebuilds in memory and fails if the committed file differs (a test runs the same check), so the
weights in the repository are always exactly what the labelled data and the code produce.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chalicelib.adapters.local_triage import model as triage_model
from chalicelib.adapters.local_triage import training as triage_training
from chalicelib.domain import guard_reader
from chalicelib.domain.wordmodel import dump
from chalicelib.services import guard_training

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("train", help="rebuild the triage or guardrails second reader from tests/data")
    parser.add_argument("what", choices=("triage", "guard"))
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled data folder (tests/data)")
    parser.add_argument("--out", type=Path, help="where to write (default: the committed weights file)")
    parser.add_argument(
        "--check", action="store_true", help="fail if the weights file differs from a fresh build"
    )
    parser.set_defaults(handler=_run)


def build(what: str, data: Path = DATA) -> tuple[str, Path, int]:
    """(the weights document as text, its committed path, how many labelled items it was built from)."""
    if what == "triage":
        replies = [e for v in triage_training.labelled_sets(data / "triage").values() for e in v]
        return dump(triage_training.train_intents(replies)), triage_model.WEIGHTS, len(replies)
    drafts = [d for v in guard_training.labelled_sets(data).values() for d in v]
    return dump(guard_training.train_reader(drafts)), guard_reader.WEIGHTS, len(drafts)


def _run(args: argparse.Namespace) -> int:
    text, committed, count = build(args.what, args.data)
    out = args.out or committed
    if args.check:
        same = out.exists() and out.read_text() == text
        print(f"{out}: {'matches a fresh build' if same else 'DIFFERS from a fresh build'}")
        return 0 if same else 1
    out.write_text(text)
    print(f"{out}: built from {count} labelled items")
    return 0
