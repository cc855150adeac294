"""Envelope encryption of a tenant's Stripe grant (the ``TokenVault`` port).

Each write draws a fresh 256-bit data key, seals the grant with AES-GCM (``cryptography``) under it, and
keeps only the wrapped key next to the ciphertext. The tenant id is the KMS encryption context and the
AES-GCM associated data, so a sealed grant copied into another tenant's record does not open.

``KmsDataKeys``: AWS KMS ``GenerateDataKey`` / ``Decrypt``. ``LocalDataKeys``: the local twin, which wraps
the data key with AES-GCM under a key derived from a local secret (local mode and tests only).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import TYPE_CHECKING, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel

from chalicelib.services.ports import Repository
from chalicelib.services.stripe_install import KEEP_VERSIONS, TOKENS_KIND, StripeGrant

if TYPE_CHECKING:
    from mypy_boto3_kms import KMSClient


class VaultError(ValueError):
    """A sealed grant that does not open under this tenant (wrong key, wrong tenant, altered)."""


class DataKeys(Protocol):
    def generate(self, context: dict[str, str]) -> tuple[bytes, bytes]:
        """(plaintext data key, wrapped data key)."""
        ...

    def unwrap(self, wrapped: bytes, context: dict[str, str]) -> bytes: ...


class KmsDataKeys:
    def __init__(self, client: KMSClient, key_id: str) -> None:
        self._kms = client
        self._key_id = key_id

    def generate(self, context: dict[str, str]) -> tuple[bytes, bytes]:
        out = self._kms.generate_data_key(KeyId=self._key_id, KeySpec="AES_256", EncryptionContext=context)
        return out["Plaintext"], out["CiphertextBlob"]

    def unwrap(self, wrapped: bytes, context: dict[str, str]) -> bytes:
        try:
            return self._kms.decrypt(CiphertextBlob=wrapped, EncryptionContext=context)["Plaintext"]
        except self._kms.exceptions.InvalidCiphertextException as exc:
            raise VaultError("the data key does not unwrap under this tenant") from exc


def _aad(context: dict[str, str]) -> bytes:
    return json.dumps(context, sort_keys=True).encode()


class LocalDataKeys:
    def __init__(self, secret: str) -> None:
        self._master = hashlib.sha256(f"argent-local-stripe-vault:{secret}".encode()).digest()

    def generate(self, context: dict[str, str]) -> tuple[bytes, bytes]:
        key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(12)
        return key, nonce + AESGCM(self._master).encrypt(nonce, key, _aad(context))

    def unwrap(self, wrapped: bytes, context: dict[str, str]) -> bytes:
        try:
            return AESGCM(self._master).decrypt(wrapped[:12], wrapped[12:], _aad(context))
        except InvalidTag as exc:
            raise VaultError("the data key does not unwrap under this tenant") from exc


class SealedGrant(BaseModel):
    version: int
    wrapped_key: str
    nonce: str
    ciphertext: str


class EnvelopeTokenVault:
    def __init__(self, repo: Repository, keys: DataKeys) -> None:
        self._repo = repo
        self._keys = keys

    @staticmethod
    def _context(tenant_id: str) -> dict[str, str]:
        return {"tenant": tenant_id, "purpose": "stripe-grant"}

    def put(self, tenant_id: str, grant: StripeGrant, *, version: int) -> bool:
        context = self._context(tenant_id)
        key, wrapped = self._keys.generate(context)
        nonce = os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, grant.model_dump_json().encode(), _aad(context))
        record = SealedGrant(
            version=version,
            wrapped_key=base64.b64encode(wrapped).decode(),
            nonce=base64.b64encode(nonce).decode(),
            ciphertext=base64.b64encode(sealed).decode(),
        )
        if not self._repo.put_record(tenant_id, TOKENS_KIND, f"{version:08d}", record, if_absent=True):
            return False
        for old in self._repo.list_records(tenant_id, TOKENS_KIND, SealedGrant):
            if old.version <= version - KEEP_VERSIONS:
                self._repo.delete_record(tenant_id, TOKENS_KIND, f"{old.version:08d}")
        return True

    def latest(self, tenant_id: str) -> tuple[int, StripeGrant] | None:
        records = self._repo.list_records(tenant_id, TOKENS_KIND, SealedGrant)
        if not records:
            return None
        record = max(records, key=lambda r: r.version)
        context = self._context(tenant_id)
        key = self._keys.unwrap(base64.b64decode(record.wrapped_key), context)
        try:
            plain = AESGCM(key).decrypt(
                base64.b64decode(record.nonce), base64.b64decode(record.ciphertext), _aad(context)
            )
        except InvalidTag as exc:
            raise VaultError("the grant does not open under this tenant") from exc
        return record.version, StripeGrant.model_validate_json(plain)

    def delete(self, tenant_id: str) -> None:
        for record in self._repo.list_records(tenant_id, TOKENS_KIND, SealedGrant):
            self._repo.delete_record(tenant_id, TOKENS_KIND, f"{record.version:08d}")
