"""Invoice numbers in free text (bank references, remittance advices), and nothing that only looks like one.

Only numbers that are invoices in the ledger count, so a stray number rarely matters; what is removed first
is what commonly collides with invoice numbers: purchase-order numbers, amounts and dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_PO = re.compile(
    r"\b(P\.? ?O\.?|PURCHASE ORDER|ORDER|ORDINE|BESTELLUNG|BESTELL|AUFTRAG|PEDIDO|COMMANDE|CDE|BESTELLING|ENCOMENDA|"
    r"CUSTOMER REF|CUST REF|ACCOUNT|ACCT|KUNDENNR|KUNDE|CLIENT)\b\s*(NO\.?|NR\.?|NUM(BER)?|N°|#|:|-)?\s*[A-Z0-9][A-Z0-9\-/]*"
)
_AMOUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,' ]\d{3})+|\d+)[.,]\d{2}(?![\d])|"
    r"(USD|EUR|GBP|CHF|CAD|AUD|[$€£])\s?\d[\d.,' ]*|\d[\d.,']*\s?(USD|EUR|GBP|CHF|CAD|AUD|[$€£])"
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_RANGE = re.compile(r"(\d{3,})\s*(?:-|–|TO|THROUGH|THRU|BIS|À|A|AU|T/M|TOT|AL)\s*(\d{3,})")
_TOKEN = re.compile(r"[A-Z]*\d[A-Z0-9]*(?:[-/.#][A-Z0-9]+)*")
_DIGITS = re.compile(r"\d+")
MAX_RANGE = 25


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def number_keys(number: str) -> set[str]:
    """Keys under which an invoice number can be found: its letters-and-digits form and its last digit run."""
    upper = _fold(number)
    keys = {re.sub(r"[^A-Z0-9]", "", upper)}
    runs = _DIGITS.findall(upper)
    if runs:
        keys.add(runs[-1].lstrip("0") or "0")
    return {k for k in keys if k}


def clean(text: str) -> str:
    folded = _fold(text)
    for pattern in (_PO, _AMOUNT, _DATE):
        folded = pattern.sub(" ", folded)
    return folded


def candidate_keys(text: str) -> list[str]:
    """Keys of every number-like token, in order of appearance, without duplicates (ranges expanded)."""
    folded = clean(text)
    out: list[str] = []

    def add(key: str) -> None:
        if key and key not in out:
            out.append(key)

    for m in _RANGE.finditer(folded):
        low, high = int(m.group(1)), int(m.group(2))
        if 0 < high - low <= MAX_RANGE and len(m.group(1)) == len(m.group(2)):
            for n in range(low, high + 1):
                add(str(n))
    for m in _TOKEN.finditer(folded):
        token = m.group(0)
        add(re.sub(r"[^A-Z0-9]", "", token))
        for run in _DIGITS.findall(token):
            add(run.lstrip("0") or "0")
    return out


def near(a: str, b: str) -> bool:
    """One substitution or one adjacent transposition between two digit strings of equal length."""
    if len(a) != len(b) or a == b:
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )


def digit_runs(text: str, min_len: int = 4) -> Iterable[str]:
    for run in _DIGITS.findall(clean(text)):
        if len(run) >= min_len:
            yield run.lstrip("0") or "0"
