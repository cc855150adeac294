"""Local triage throughput on one core, next to stdlib parse-only measured in the same run.

Run: python -m bench.triage
"""

from __future__ import annotations

import email
import email.policy
import json
import time
from pathlib import Path

from chalicelib.adapters.local_triage import LocalTriage

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5


def main() -> None:
    data = ROOT / "tests" / "data" / "triage"
    messages = [
        json.loads(line)["eml"].encode("utf-8")
        for name in ("dev.jsonl", "fresh.jsonl", "fresh2.jsonl", "samples_emails.jsonl")
        for line in (data / name).read_text(encoding="utf-8").splitlines()
    ]
    engine = LocalTriage()
    engine.triage(messages[0])  # warm up regex compilation and imports
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for raw in messages:
            email.message_from_bytes(raw, policy=email.policy.default).get_body()
    parse_rate = ROUNDS * len(messages) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for raw in messages:
            engine.triage(raw)
    rate = ROUNDS * len(messages) / (time.perf_counter() - start)
    print(f"{len(messages)} messages x {ROUNDS} rounds, one process (one core)")
    print(
        f"stdlib parse only: {parse_rate:.0f} emails/s; local triage: {rate:.0f} emails/s ({rate / parse_rate:.2f} of parse-only)"
    )
    print(
        f"triage: emails_per_s={rate:.0f} baseline_parse_only_per_s={parse_rate:.0f} ratio={rate / parse_rate:.2f}"
    )


if __name__ == "__main__":
    main()
