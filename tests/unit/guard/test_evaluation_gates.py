"""``make eval``'s second-reader table lets the fold's reader add only what the product would let it add."""

from chalicelib.evaluation.guard import _reader_gates

_LONG = (
    "Our records show invoice INV-2210 for 1,480.00 EUR, issued on 2 March with 30-day terms, is now three weeks "
    "past its due date. Could you let us know when the payment is scheduled, or whether anything is holding it up "
    "on your side? A copy of the invoice is attached for your accounts team."
)


def test_a_long_plain_reminder_leaves_every_trusted_type_open() -> None:
    assert _reader_gates("Invoice INV-2210", f"Hello,\n\n{_LONG}\n\nKind regards,\nAccounts") == frozenset(
        {"legal_threat", "discount_offer", "fault_admission", "terms_change", "harassment"}
    )


def test_a_fragment_gives_the_reader_nothing_to_add() -> None:
    assert (
        _reader_gates("Invoice INV-2210", "Hello,\n\nA gentle reminder about INV-2210.\n\nThanks")
        == frozenset()
    )


def test_a_refused_legal_step_keeps_the_reader_off_legal_threats() -> None:
    refusal = f"{_LONG} We will not take legal action over this; we simply want to settle it together."
    gates = _reader_gates("Invoice INV-2210", f"Hello,\n\n{refusal}\n\nKind regards,\nAccounts")
    assert "legal_threat" not in gates
    assert "harassment" in gates
