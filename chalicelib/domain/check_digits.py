"""Check-digit schemes shared by the guardrails (a card number in a draft) and cash application (a Nordic payment
reference): one implementation, so both read a number the same way."""

from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check over a string of digits, its last digit the check digit: card numbers, Norwegian
    KID and Danish FIK references, the check of a Swedish OCR reference."""
    total = 0
    for k, d in enumerate(reversed(digits)):
        n = int(d) * (2 if k % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0
