"""Encrypting the tokens Argent keeps (a tenant's Slack bot token).

``KMSCipher``: AWS KMS Encrypt/Decrypt with the tenant and team as the encryption context (KMS refuses to
decrypt under any other context, so a ciphertext copied into another tenant's record is useless); a token
is a few dozen bytes, well under KMS's 4 KB direct-encryption limit.

``LocalCipher``: the local twin. AES-GCM (``cryptography``) with a key derived from a local secret and the
context as associated data, so the same misuse fails the same way; it protects nothing on a shared
machine and is used only in local mode and tests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_kms import KMSClient


class CipherError(ValueError):
    """The ciphertext does not decrypt (wrong key or wrong context)."""


class KMSCipher:
    def __init__(self, client: KMSClient, key_id: str) -> None:
        self._kms = client
        self._key_id = key_id

    def encrypt(self, plaintext: str, *, context: dict[str, str]) -> str:
        blob = self._kms.encrypt(KeyId=self._key_id, Plaintext=plaintext.encode(), EncryptionContext=context)
        return base64.b64encode(blob["CiphertextBlob"]).decode()

    def decrypt(self, ciphertext: str, *, context: dict[str, str]) -> str:
        try:
            out = self._kms.decrypt(CiphertextBlob=base64.b64decode(ciphertext), EncryptionContext=context)
        except self._kms.exceptions.InvalidCiphertextException as exc:
            raise CipherError("token does not decrypt under this tenant") from exc
        return out["Plaintext"].decode()


class LocalCipher:
    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(f"argent-local-cipher:{secret}".encode()).digest()

    @staticmethod
    def _aad(context: dict[str, str]) -> bytes:
        return json.dumps(context, sort_keys=True).encode()

    def encrypt(self, plaintext: str, *, context: dict[str, str]) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415  (dev dependency)

        nonce = os.urandom(12)
        sealed = AESGCM(self._key).encrypt(nonce, plaintext.encode(), self._aad(context))
        return "local:" + base64.b64encode(nonce + sealed).decode()

    def decrypt(self, ciphertext: str, *, context: dict[str, str]) -> str:
        from cryptography.exceptions import InvalidTag  # noqa: PLC0415
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        if not ciphertext.startswith("local:"):
            raise CipherError("not a local ciphertext")
        raw = base64.b64decode(ciphertext.removeprefix("local:"))
        try:
            return AESGCM(self._key).decrypt(raw[:12], raw[12:], self._aad(context)).decode()
        except InvalidTag as exc:
            raise CipherError("token does not decrypt under this tenant") from exc
