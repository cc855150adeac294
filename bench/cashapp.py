"""Cash application at scale: 10k payments x 50k invoices, next to a naive matcher measured in the same run.

The naive matcher scans every open invoice for every payment (reference, then amount); it is timed on a
sample of payments and extrapolated, because the full quadratic run would take many minutes.
Run: python -m bench.cashapp
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from types import ModuleType

from chalicelib.adapters.pinyin_names import pinyin_romanize
from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import (
    OpenInvoice,
    ReceivedPayment,
    match_payments,
    read_invoices,
    read_payments,
)
from chalicelib.domain.cashapp.references import candidate_keys, number_keys

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "tests" / "data" / "cashapp" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def naive(invoices: list[OpenInvoice], payments: list[ReceivedPayment]) -> int:
    balance = {i.id: i.balance for i in invoices}
    applied = 0
    for p in payments:
        keys = set(candidate_keys(p.text))
        hit = next((i for i in invoices if i.currency == p.currency and keys & number_keys(i.number)), None)
        if hit is None:
            hit = next((i for i in invoices if i.currency == p.currency and balance[i.id] == p.amount), None)
        if hit is not None and balance[hit.id] >= p.amount:
            balance[hit.id] -= p.amount
            applied += 1
    return applied


def main() -> None:
    invoices_raw, payments_raw, _ = _generator().build(2026, 12_800)
    invoices, _problems = read_invoices(invoices_raw)
    payments = [p for p in read_payments(payments_raw) if isinstance(p, ReceivedPayment) and p.amount > 0]
    while len(payments) < 10_000:  # top up with repeats under new ids so the run has 10k payments
        extra = payments[len(payments) % 1000]
        payments.append(extra.model_copy(update={"id": f"{extra.id}-r{len(payments)}"}))
    payments = payments[:10_000]
    print(f"ledger: {len(invoices)} invoices, {len(payments)} payments")

    start = time.perf_counter()
    results = match_payments(
        invoices, payments, name_similarity=rapidfuzz_similarity, romanize=pinyin_romanize
    )
    seconds = time.perf_counter() - start
    print(
        f"engine: {seconds:.2f} s for {len(results)} payments ({1000 * seconds / len(results):.3f} ms/payment)"
    )

    sample = payments[:100]
    start = time.perf_counter()
    naive(invoices, sample)
    naive_seconds = (time.perf_counter() - start) * len(payments) / len(sample)
    print(
        f"naive scan: {naive_seconds:.1f} s EXTRAPOLATED from {len(sample)} payments timed in this run "
        f"(x {len(payments) // len(sample)}); the full quadratic run would take that long"
    )
    print(f"ratio naive/engine: {naive_seconds / seconds:.1f}x")
    print(
        json.dumps(
            {
                s: sum(1 for r in results if r.status.value == s)
                for s in ("applied", "partial", "unapplied", "review")
            }
        )
    )
    print(f"cashapp: seconds={seconds:.2f} naive_seconds={naive_seconds:.1f} payments={len(payments)}")


if __name__ == "__main__":
    main()
