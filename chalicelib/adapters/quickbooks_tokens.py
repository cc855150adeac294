"""Where a tenant's QuickBooks Online OAuth tokens live, and how a rotation is made safe.

Intuit's contract: an access token lasts an hour (``expires_in`` 3600); a refresh token lasts about 100
days (``x_refresh_token_expires_in``) and *rotates*: a refresh may answer with a new refresh token, and
the old one stops working some time later. Losing the newest refresh token loses the connection.

Storage: the repository's typed records, so no adapter changes.
- kind ``qbo_token``, key ``"<realm>:<version, zero-padded>"``: one immutable record per token generation.
  A rotation writes version n+1 with ``put_record(if_absent=True)``: the conditional write on a key that
  includes the version is what makes two Lambdas refreshing at once safe. Both refresh from version n,
  only one can create n+1; the loser throws its own answer away and uses the winner's tokens, so the
  stored newest token is always one Intuit issued and nobody overwrites it with an older one.
  Generations older than the last few are deleted after a win.
- kind ``qbo_connection``, key ``"current"``: which realm the tenant connected and whether it works
  (``connected`` | ``reconnect_needed`` | ``disconnected``), with the reason to show the tenant.

The token strings are encrypted with an injected ``Cipher`` (``encrypt``/``decrypt`` with an encryption
context of tenant and realm, so a ciphertext copied to another tenant does not decrypt):
``chalicelib.adapters.token_cipher.KMSCipher`` on AWS (KMS Encrypt/Decrypt; a token is far below the
4 KB direct-encryption limit, so no data key is needed) and ``LocalCipher`` (AES-GCM) locally and in tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from pydantic import BaseModel

from chalicelib.services.ports import Repository
from chalicelib.services.quickbooks_sync import CONNECTION_KEY, CONNECTION_KIND, QboConnection

TOKEN_KIND = "qbo_token"  # noqa: S105  (a record kind, not a secret)
KEEP_GENERATIONS = 3
# Refresh a little before the hour is up: a call that starts with 30 s left may still be in flight at expiry.
REFRESH_MARGIN = timedelta(minutes=5)


class Cipher(Protocol):
    def encrypt(self, plaintext: str, *, context: dict[str, str]) -> str: ...
    def decrypt(self, ciphertext: str, *, context: dict[str, str]) -> str: ...


class TokenGrant(BaseModel):
    """What Intuit's token endpoint answered (authorization code or refresh)."""

    access_token: str
    refresh_token: str
    expires_in: int = 3600
    x_refresh_token_expires_in: int | None = None


class StoredToken(BaseModel):
    realm_id: str
    version: int
    access_token: str  # ciphertext
    refresh_token: str  # ciphertext
    access_expires_at: datetime
    refresh_expires_at: datetime | None = None
    issued_at: datetime


class Tokens(BaseModel):
    """Decrypted tokens of one generation, in memory only."""

    realm_id: str
    version: int
    access_token: str
    refresh_token: str
    access_expires_at: datetime

    def fresh(self, now: datetime) -> bool:
        return now + REFRESH_MARGIN < self.access_expires_at


class QboTokenStore:
    def __init__(self, repo: Repository, cipher: Cipher) -> None:
        self._repo = repo
        self._cipher = cipher

    @staticmethod
    def _key(realm_id: str, version: int) -> str:
        return f"{realm_id}:{version:010d}"

    @staticmethod
    def _context(tenant_id: str, realm_id: str) -> dict[str, str]:
        return {"tenant": tenant_id, "provider": "quickbooks", "realm": realm_id}

    # --- connection ---------------------------------------------------------------------------------------

    def connection(self, tenant_id: str) -> QboConnection | None:
        return self._repo.get_record(tenant_id, CONNECTION_KIND, CONNECTION_KEY, QboConnection)

    def set_connection(self, tenant_id: str, connection: QboConnection) -> None:
        self._repo.put_record(tenant_id, CONNECTION_KIND, CONNECTION_KEY, connection)

    # --- tokens -------------------------------------------------------------------------------------------

    def _generations(self, tenant_id: str, realm_id: str) -> list[StoredToken]:
        rows = self._repo.list_records(tenant_id, TOKEN_KIND, StoredToken)
        return sorted((r for r in rows if r.realm_id == realm_id), key=lambda r: r.version)

    def current(self, tenant_id: str, realm_id: str) -> Tokens | None:
        generations = self._generations(tenant_id, realm_id)
        if not generations:
            return None
        top = generations[-1]
        ctx = self._context(tenant_id, realm_id)
        return Tokens(
            realm_id=realm_id,
            version=top.version,
            access_token=self._cipher.decrypt(top.access_token, context=ctx),
            refresh_token=self._cipher.decrypt(top.refresh_token, context=ctx),
            access_expires_at=top.access_expires_at,
        )

    def store(self, tenant_id: str, realm_id: str, grant: TokenGrant, *, version: int, now: datetime) -> bool:
        """Write generation ``version``; False (nothing written) when another writer created it first."""
        ctx = self._context(tenant_id, realm_id)
        record = StoredToken(
            realm_id=realm_id,
            version=version,
            access_token=self._cipher.encrypt(grant.access_token, context=ctx),
            refresh_token=self._cipher.encrypt(grant.refresh_token, context=ctx),
            access_expires_at=now + timedelta(seconds=grant.expires_in),
            refresh_expires_at=(
                now + timedelta(seconds=grant.x_refresh_token_expires_in)
                if grant.x_refresh_token_expires_in
                else None
            ),
            issued_at=now,
        )
        won = self._repo.put_record(
            tenant_id, TOKEN_KIND, self._key(realm_id, version), record, if_absent=True
        )
        if won:
            for old in self._generations(tenant_id, realm_id)[:-KEEP_GENERATIONS]:
                self._repo.delete_record(tenant_id, TOKEN_KIND, self._key(realm_id, old.version))
        return won

    def store_new_grant(self, tenant_id: str, realm_id: str, grant: TokenGrant, *, now: datetime) -> int:
        """A fresh authorization (install or reconnect): the next generation after whatever is stored."""
        for _ in range(5):
            generations = self._generations(tenant_id, realm_id)
            version = generations[-1].version + 1 if generations else 1
            if self.store(tenant_id, realm_id, grant, version=version, now=now):
                return version
        raise RuntimeError("could not store the QuickBooks tokens: the version kept moving")

    def forget(self, tenant_id: str, realm_id: str) -> None:
        for generation in self._generations(tenant_id, realm_id):
            self._repo.delete_record(tenant_id, TOKEN_KIND, self._key(realm_id, generation.version))
