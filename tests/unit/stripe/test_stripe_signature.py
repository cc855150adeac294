"""Stripe signatures checked with stripe's own library over the raw body, against the real SDK vector."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chalicelib.adapters.stripe_api import StripeSignatureError, verify_signature

FIX = Path(__file__).parents[2] / "fixtures" / "stripe"
VECTOR = json.loads((FIX / "stripe_signature_vector.json").read_text())
BODY = (FIX / VECTOR["payload_file"]).read_bytes()
AT = datetime.fromtimestamp(VECTOR["timestamp"], UTC)


def test_the_real_vector_verifies() -> None:
    verify_signature(
        BODY, VECTOR["stripe_signature_header"], VECTOR["secret"], now=AT + timedelta(seconds=299)
    )


@pytest.mark.parametrize(
    ("why", "body", "header", "now", "says"),
    [
        (
            "tampered",
            BODY.replace(b"acct_123", b"acct_124"),
            VECTOR["stripe_signature_header"],
            AT,
            "signature",
        ),
        (
            "without the trailing newline",
            BODY.rstrip(b"\n"),
            VECTOR["stripe_signature_header"],
            AT,
            "signature",
        ),
        (
            "wrong secret",
            BODY,
            "t=1533204620,v1=" + hmac.new(b"whsec_other", b"1533204620." + BODY, hashlib.sha256).hexdigest(),
            AT,
            "signature",
        ),
        ("stale", BODY, VECTOR["stripe_signature_header"], AT + timedelta(seconds=301), "tolerance"),
        (
            "from the future",
            BODY,
            VECTOR["stripe_signature_header"],
            AT - timedelta(seconds=301),
            "tolerance",
        ),
        ("missing header", BODY, None, AT, "missing"),
        ("garbage header", BODY, "nonsense", AT, "signature"),
    ],
)
def test_a_bad_request_is_refused_with_a_reason(
    why: str, body: bytes, header: str | None, now: datetime, says: str
) -> None:
    with pytest.raises(StripeSignatureError) as err:
        verify_signature(body, header, VECTOR["secret"], now=now)
    assert says in str(err.value).lower(), why
