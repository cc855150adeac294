"""Triage quality of the local engine: the project's dev set and the public samples, scored separately."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.triage import CONTRACT_FIELDS

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "triage"
FIELDS = CONTRACT_FIELDS
SETS = (
    ("dev set (tests/data/triage/dev.jsonl)", "dev.jsonl", "dev_labels.jsonl"),
    ("holdout 2 (tests/data/triage/holdout2.jsonl)", "holdout2.jsonl", "holdout2_labels.jsonl"),
    ("holdout 3 (tests/data/triage/holdout3.jsonl)", "holdout3.jsonl", "holdout3_labels.jsonl"),
    (
        "holdout 4 (tests/data/triage/holdout4.jsonl: HTML, Outlook quoting)",
        "holdout4.jsonl",
        "holdout4_labels.jsonl",
    ),
    (
        "holdout 5 (tests/data/triage/holdout5.jsonl: mostly pt, nl, it, es, de)",
        "holdout5.jsonl",
        "holdout5_labels.jsonl",
    ),
    (
        "holdout 6 (tests/data/triage/holdout6.jsonl: two statements per mail)",
        "holdout6.jsonl",
        "holdout6_labels.jsonl",
    ),
    ("public samples", "samples_emails.jsonl", "samples_labels.jsonl"),
)


def _score(emails: Path, labels: Path) -> list[str]:
    engine = LocalTriage()
    rows = [json.loads(line) for line in emails.read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    tp, fp, fn, support = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    field_ok = Counter[str]()
    correct = 0
    for row, label in zip(rows, gold, strict=True):
        out = engine.triage(row["eml"].encode("utf-8")).to_contract()
        want, got = label["intent"], out["intent"]
        support[want] += 1
        if want == got:
            correct += 1
            tp[want] += 1
        else:
            fp[got] += 1
            fn[want] += 1
        for f in FIELDS:
            field_ok[f] += str(out.get(f)) == str(label.get(f))
        field_ok["invoice_numbers"] += set(out["invoice_numbers"]) == set(label["invoice_numbers"])
    n = len(rows)
    lines = [
        f"{n} messages; intent accuracy **{correct / n:.3f}**",
        "",
        "| intent | support | precision | recall |",
        "|---|---:|---:|---:|",
    ]
    for intent in sorted(support):
        p = tp[intent] / (tp[intent] + fp[intent]) if tp[intent] + fp[intent] else 0.0
        r = tp[intent] / support[intent]
        lines.append(f"| {intent} | {support[intent]} | {p:.2f} | {r:.2f} |")
    lines += ["", "| field (exact match) | rate |", "|---|---:|"]
    lines += [f"| {f} | {field_ok[f] / n:.3f} |" for f in (*FIELDS, "invoice_numbers")]
    return lines


def report() -> str:
    out = ["### Reply triage (`triage`, local engine)", ""]
    for title, emails, labels in SETS:
        out += [f"**{title}**", "", *_score(DATA / emails, DATA / labels), ""]
    return "\n".join(out).rstrip()
