"""Install: signed expiring state, single use, encrypted tokens (local twin and KMS), safe refresh rotation."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.stripe_fake import FakeStripeOAuth
from chalicelib.adapters.stripe_vault import EnvelopeTokenVault, KmsDataKeys, LocalDataKeys, VaultError
from chalicelib.clock import FixedClock
from chalicelib.services import stripe_events, stripe_install
from chalicelib.services.stripe_install import (
    InstallDeps,
    InstallError,
    ReconnectNeededError,
    StripeGrant,
    TokenSource,
    make_state,
    read_state,
)
from tests.factories import tenant

SECRET = "install-secret"


def _deps(clock: FixedClock, accounts: dict[str, str] | None = None) -> InstallDeps:
    repo = FakeRepository()
    repo.put_tenant(tenant("acme"))
    repo.put_tenant(tenant("globex"))
    return InstallDeps(
        repo=repo,
        clock=clock,
        oauth=FakeStripeOAuth(accounts or {"ac_good": "acct_A"}),
        vault=EnvelopeTokenVault(repo, LocalDataKeys("local")),
        secret=SECRET,
    )


def test_state_is_bound_to_the_tenant_and_expires(clock: FixedClock) -> None:
    state = make_state(SECRET, "acme", clock.now())
    assert read_state(SECRET, state, clock.now())[0] == "acme"
    with pytest.raises(InstallError, match="expired"):
        read_state(SECRET, state, clock.now() + timedelta(minutes=16))
    with pytest.raises(InstallError, match="not issued"):
        read_state("another-secret", state, clock.now())
    _, sig = state.split(".")
    forged = make_state(SECRET, "globex", clock.now()).split(".")[0] + "." + sig
    with pytest.raises(InstallError, match="not issued"):
        read_state(SECRET, forged, clock.now())
    link = make_state(SECRET, "acme", clock.now(), purpose="link")
    with pytest.raises(InstallError, match="not meant"):
        read_state(SECRET, link, clock.now())


def test_the_callback_stores_encrypted_tokens_routes_the_account_and_starts_the_backfill(
    clock: FixedClock,
) -> None:
    deps = _deps(clock)
    link = stripe_install.install_link(SECRET, "https://argent.example", "acme", clock.now()).split("link=")[
        1
    ]
    url = stripe_install.begin_install(deps, link)
    state = url.split("state=")[1]
    conn = stripe_install.complete_install(deps, state=state, code="ac_good")
    assert (conn.account_id, conn.status) == ("acct_A", "connected")
    assert deps.repo.route("stripe", "acct_A") == "acme"
    stored = str(deps.repo.records)
    assert "ak_acct_A" not in stored and "rt_acct_A" not in stored  # only ciphertext at rest
    assert deps.vault.latest("acme")[1].access_token.startswith("ak_acct_A")
    assert stripe_events.backfill_progress(deps.repo, "acme").phase == "customers"
    with pytest.raises(InstallError, match="already used"):
        stripe_install.complete_install(deps, state=state, code="ac_good")


def test_an_account_connected_to_one_tenant_is_never_moved_to_another(clock: FixedClock) -> None:
    deps = _deps(clock)
    deps.repo.put_route("stripe", "acct_A", "acme")
    with pytest.raises(InstallError, match="another Argent account"):
        stripe_install.complete_install(deps, state=make_state(SECRET, "globex", clock.now()), code="ac_good")
    assert deps.repo.route("stripe", "acct_A") == "acme"


def test_a_sealed_grant_does_not_open_under_another_tenant(clock: FixedClock) -> None:
    repo = FakeRepository()
    vault = EnvelopeTokenVault(repo, LocalDataKeys("local"))
    grant = StripeGrant(account_id="acct_A", access_token="a", refresh_token="r", expires_at=clock.now())
    vault.put("acme", grant, version=1)
    repo.records[("globex", "stripe_tokens", "00000001")] = repo.records[
        ("acme", "stripe_tokens", "00000001")
    ]
    with pytest.raises(VaultError):
        vault.latest("globex")


def test_the_kms_envelope_round_trips_and_refuses_another_tenant(moto_aws: None, clock: FixedClock) -> None:
    import boto3

    kms = boto3.client("kms", region_name="us-east-1")
    key_id = kms.create_key()["KeyMetadata"]["KeyId"]
    repo = FakeRepository()
    vault = EnvelopeTokenVault(repo, KmsDataKeys(kms, key_id))
    grant = StripeGrant(
        account_id="acct_A",
        access_token="secret-access",
        refresh_token="secret-refresh",
        expires_at=clock.now(),
    )
    assert vault.put("acme", grant, version=1)
    assert vault.latest("acme") == (1, grant)
    assert "secret-access" not in str(repo.records)
    repo.records[("globex", "stripe_tokens", "00000001")] = repo.records[
        ("acme", "stripe_tokens", "00000001")
    ]
    with pytest.raises(VaultError):
        vault.latest("globex")


def _expired_grant(deps: InstallDeps, clock: FixedClock) -> None:
    grant = deps.oauth.exchange_code("ac_good", now=clock.now() - timedelta(hours=2))
    deps.vault.put("acme", grant, version=1)


def test_a_token_near_expiry_is_refreshed_and_the_rotated_refresh_token_kept(clock: FixedClock) -> None:
    deps = _deps(clock)
    _expired_grant(deps, clock)
    tokens = TokenSource(deps.vault, deps.oauth, clock)
    first = tokens.access_token("acme")
    assert tokens.access_token("acme") == first  # fresh now: no second refresh
    version, grant = deps.vault.latest("acme")
    assert version == 2 and grant.refresh_token not in deps.oauth.retired
    assert deps.oauth.refreshes == 1


def test_two_workers_refreshing_at_once_agree_on_one_grant(clock: FixedClock) -> None:
    deps = _deps(clock)
    _expired_grant(deps, clock)
    barrier = threading.Barrier(2)
    real_refresh = deps.oauth.refresh

    def racing_refresh(token: str, *, now):  # type: ignore[no-untyped-def]
        barrier.wait(timeout=5)  # both read the same expired grant before either refreshes
        return real_refresh(token, now=now)

    deps.oauth.refresh = racing_refresh  # type: ignore[method-assign]
    results: list[str] = []
    errors: list[Exception] = []

    def work() -> None:
        try:
            results.append(TokenSource(deps.vault, deps.oauth, clock).access_token("acme"))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    version, grant = deps.vault.latest("acme")
    assert version == 2 and results == [grant.access_token] * 2
    assert grant.refresh_token not in deps.oauth.retired  # the stored refresh token still works


def test_a_revoked_grant_asks_for_a_reconnect(clock: FixedClock) -> None:
    deps = _deps(clock)
    _expired_grant(deps, clock)
    _, grant = deps.vault.latest("acme")
    deps.oauth.retired.add(grant.refresh_token)
    with pytest.raises(ReconnectNeededError):
        TokenSource(deps.vault, deps.oauth, clock, sleep=lambda _: None).access_token("acme")
