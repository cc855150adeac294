"""``train-triage``: rebuild the local engine's intent model from the labelled replies under tests/data/triage.

``--check`` rebuilds in memory and fails if the committed file differs (CI runs this through a test), and
``--held SET ...`` prints each set's accuracy for a model trained without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chalicelib.adapters.local_triage.model import WEIGHTS
from chalicelib.adapters.local_triage.training import dump, labelled_sets, leave_one_set_out, train

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "triage"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("train-triage", help="rebuild the local triage engine's intent model")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of <set>.jsonl + <set>_labels.jsonl")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--check", action="store_true", help="fail if --out differs from a fresh build")
    parser.add_argument("--held", nargs="*", default=[], help="sets to score leave-one-set-out")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    sets = labelled_sets(args.data)
    unknown = sorted(set(args.held) - set(sets))
    if unknown:
        print(f"unknown set(s): {', '.join(unknown)}; available: {', '.join(sets)}")
        return 2
    for name, (correct, total) in leave_one_set_out(sets, args.held).items():
        print(f"{name}: intent accuracy {correct / total:.3f} ({correct}/{total}) trained without it")
    text = dump(train([e for examples in sets.values() for e in examples]))
    if args.check:
        same = args.out.exists() and args.out.read_text() == text
        print(f"{args.out}: {'matches a fresh build' if same else 'DIFFERS from a fresh build'}")
        return 0 if same else 1
    args.out.write_text(text)
    print(f"{args.out}: {sum(len(v) for v in sets.values())} replies from {len(sets)} sets")
    return 0
