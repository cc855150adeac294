"""Per-case reply-to addresses: ``ar+<token>@<tenant reply domain>``, where the token names the tenant and
case and carries an HMAC, so a forged or edited address can never route a reply to another tenant's case.

SES replaces our Message-ID on sending, so In-Reply-To cannot be relied on; the address always survives.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

_TAG = 10  # bytes of HMAC kept: 80 bits is plenty against guessing, and keeps the address short


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _unb32(text: str) -> bytes:
    return base64.b32decode(text.upper() + "=" * (-len(text) % 8))


def make_token(secret: str, tenant_id: str, case_id: str) -> str:
    body = f"{tenant_id}/{case_id}".encode()
    tag = hmac.new(secret.encode(), body, hashlib.sha256).digest()[:_TAG]
    return f"{_b32(body)}.{_b32(tag)}"


def read_token(secret: str, token: str) -> tuple[str, str] | None:
    try:
        body_text, tag_text = token.lower().split(".", 1)
        body, tag = _unb32(body_text), _unb32(tag_text)
    except (ValueError, TypeError):
        return None
    expected = hmac.new(secret.encode(), body, hashlib.sha256).digest()[:_TAG]
    if not hmac.compare_digest(expected, tag):
        return None
    tenant_id, _, case_id = body.decode(errors="replace").partition("/")
    return (tenant_id, case_id) if tenant_id and case_id else None


def reply_address(secret: str, tenant_id: str, case_id: str, domain: str) -> str:
    return f"ar+{make_token(secret, tenant_id, case_id)}@{domain}"


_ADDRESS = re.compile(r"^ar\+([a-z2-7.]+)@", re.IGNORECASE)


def token_in(addresses: list[str]) -> str | None:
    for address in addresses:
        m = _ADDRESS.match(address.strip())
        if m:
            return m.group(1)
    return None
