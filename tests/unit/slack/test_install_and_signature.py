"""Installing Slack (signed single-use state, encrypted token, team routed to the tenant) and the signing vector."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import slack_sdk.web.base_client as web_base

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.slack_api import SlackSdkOAuth
from chalicelib.adapters.slack_signature import SignatureError, verify_slack
from chalicelib.adapters.token_cipher import CipherError, LocalCipher
from chalicelib.services import approvals_query
from chalicelib.services.slack_install import (
    InstallError,
    begin_install,
    complete_install,
    get_install,
    load_target,
    read_state,
    sign_state,
)
from tests.conftest import NOW
from tests.factories import tenant
from tests.unit.slack.test_slack_api_errors import FakeSlackHTTP

FIX = Path(__file__).parents[2] / "fixtures" / "slack"
VECTOR = json.loads((FIX / "slack_docs_signature_vector.json").read_text())
SECRET = "client-secret"
# The documented shape of an oauth.v2.access answer with the incoming-webhook scope.
ACCESS = {
    "ok": True,
    "access_token": "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
    "token_type": "bot",
    "scope": "chat:write,chat:write.public,incoming-webhook",
    "bot_user_id": "U0KRQLJ9H",
    "app_id": "A0KRD7HC3",
    "team": {"name": "Slack Softball Team", "id": "T9TK3CUKW"},
    "enterprise": None,
    "authed_user": {"id": "U1234"},
    "incoming_webhook": {
        "channel": "#ar-approvals",
        "channel_id": "C05002EAE",
        "url": "https://hooks.slack.com/x",
    },
}


def test_slacks_documented_vector_verifies_at_its_own_time_and_not_six_minutes_later() -> None:
    body = (FIX / VECTOR["body_file"]).read_bytes()
    at = datetime.fromtimestamp(int(VECTOR["x_slack_request_timestamp"]), UTC)
    args = (body, VECTOR["x_slack_request_timestamp"], VECTOR["x_slack_signature"], VECTOR["signing_secret"])
    verify_slack(*args, now=at + timedelta(minutes=4))
    with pytest.raises(SignatureError):
        verify_slack(*args, now=at + timedelta(minutes=6))
    with pytest.raises(SignatureError):
        verify_slack(body + b"&x=1", *args[1:], now=at)


@pytest.fixture
def oauth(monkeypatch: pytest.MonkeyPatch) -> tuple[SlackSdkOAuth, FakeSlackHTTP]:
    http = FakeSlackHTTP()
    monkeypatch.setattr(web_base, "urlopen", http)
    return SlackSdkOAuth("123.456", SECRET, "https://argent.example/oauth/slack/callback"), http


def test_install_stores_the_token_encrypted_routes_the_team_and_makes_the_installer_an_approver(
    oauth: tuple[SlackSdkOAuth, FakeSlackHTTP],
) -> None:
    client, http = oauth
    repo, cipher = FakeRepository(), LocalCipher("k")
    repo.put_tenant(tenant("acme"))
    url = begin_install(repo, client, SECRET, "acme", NOW)
    query = parse_qs(urlparse(url).query)
    assert query["scope"] == ["chat:write,chat:write.public,incoming-webhook"] and query["client_id"] == [
        "123.456"
    ]
    http.answer("oauth.v2.access", ACCESS)
    install = complete_install(repo, client, cipher, SECRET, state=query["state"][0], code="c0de", now=NOW)
    assert (install.team_id, install.channel_id) == ("T9TK3CUKW", "C05002EAE")
    assert ACCESS["access_token"] not in json.dumps(install.model_dump(mode="json"))
    assert repo.route("slack", "T9TK3CUKW") == "acme"
    target = load_target(repo, cipher, "acme")
    assert target is not None and target.token == ACCESS["access_token"] and "xoxb" not in repr(target)
    assert approvals_query.roster(repo, "acme").refusal("U1234", {}) is None
    sent = parse_qs(http.requests[0][1].decode())
    assert sent["code"] == ["c0de"]  # the client secret goes as HTTP basic auth (slack_sdk)
    # The same callback URL a second time installs nothing.
    with pytest.raises(InstallError, match="already used"):
        complete_install(repo, client, cipher, SECRET, state=query["state"][0], code="c0de", now=NOW)


def test_a_token_copied_to_another_tenant_does_not_decrypt() -> None:
    cipher = LocalCipher("k")
    sealed = cipher.encrypt("xoxb-1", context={"tenant_id": "acme", "slack_team_id": "T1"})
    with pytest.raises(CipherError):
        cipher.decrypt(sealed, context={"tenant_id": "globex", "slack_team_id": "T1"})


def test_a_forged_or_expired_state_is_refused() -> None:
    state = sign_state(SECRET, "acme", NOW)
    assert read_state(SECRET, state, NOW)[0] == "acme"
    with pytest.raises(InstallError, match="expired"):
        read_state(SECRET, state, NOW + timedelta(minutes=11))
    with pytest.raises(InstallError, match="not valid"):
        read_state("another-secret", state, NOW)
    _payload, _, mac = state.partition(".")
    forged = sign_state(SECRET, "globex", NOW).partition(".")[0]
    with pytest.raises(InstallError, match="not valid"):
        read_state(SECRET, f"{forged}.{mac}", NOW)


def test_a_workspace_connected_to_another_tenant_is_not_moved(
    oauth: tuple[SlackSdkOAuth, FakeSlackHTTP],
) -> None:
    client, http = oauth
    repo, cipher = FakeRepository(), LocalCipher("k")
    repo.put_tenant(tenant("acme"))
    repo.put_route("slack", "T9TK3CUKW", "globex")
    http.answer("oauth.v2.access", ACCESS)
    with pytest.raises(InstallError, match="another Argent account"):
        complete_install(
            repo, client, cipher, SECRET, state=sign_state(SECRET, "acme", NOW), code="c", now=NOW
        )
    assert repo.route("slack", "T9TK3CUKW") == "globex" and get_install(repo, "acme") is None
