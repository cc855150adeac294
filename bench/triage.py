"""Local triage throughput on one core, next to stdlib parse-only measured in the same run.

Every labelled reply in tests/data/triage (about 5,900, in many languages and mail shapes) is read exactly once: the
engine remembers what it has read (parsed headers, cue searches per sentence), so reading the same messages in
several rounds would time its memory, not its reading.

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
# Not one of the measured messages: the warm-up compiles patterns and builds the cue indexes, nothing it reads is
# read again.
WARM_UP = (
    b"From: a@customer.example\r\nTo: ar+c1@tenant.example\r\nSubject: Re: invoice\r\n"
    b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\nWe will pay on Friday. Merci, wir zahlen am Freitag.\r\n"
)


def messages() -> list[bytes]:
    out = []
    for path in sorted((ROOT / "tests" / "data" / "triage").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "eml" in row:
                out.append(row["eml"].encode("utf-8"))
    return list(dict.fromkeys(out))  # (a reply stored in two sets is one message)


def main() -> None:
    raws = messages()
    engine = LocalTriage()
    engine.triage(WARM_UP)
    start = time.perf_counter()
    for raw in raws:
        email.message_from_bytes(raw, policy=email.policy.default).get_body()
    parse_rate = len(raws) / (time.perf_counter() - start)
    start = time.perf_counter()
    for raw in raws:
        engine.triage(raw)
    rate = len(raws) / (time.perf_counter() - start)
    print(f"{len(raws)} distinct messages, each read once, one process (one core)")
    print(
        f"stdlib parse only: {parse_rate:.0f} emails/s; local triage: {rate:.0f} emails/s ({rate / parse_rate:.2f} of parse-only)"
    )
    print(
        f"triage: emails_per_s={rate:.0f} baseline_parse_only_per_s={parse_rate:.0f} ratio={rate / parse_rate:.2f} "
        f"messages={len(raws)}"
    )


if __name__ == "__main__":
    main()
