from __future__ import annotations

import json

import boto3
import pytest

from chalicelib.settings import LOCAL_DEFAULTS, SettingsError, load_settings, secrets_manager_loader


def test_a_missing_required_setting_is_named_at_start() -> None:
    env = {k: v for k, v in LOCAL_DEFAULTS.items() if k != "SLACK_SIGNING_SECRET"}
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        load_settings(env)


def test_local_defaults_are_enough_for_local_mode() -> None:
    settings = load_settings(dict(LOCAL_DEFAULTS))
    assert settings.stage == "local" and settings.table == "argent-local"
    assert "whsec" not in repr(settings)  # secrets never print


def test_on_aws_secrets_come_from_secrets_manager_and_env_overrides_them(moto_aws: None) -> None:
    client = boto3.client("secretsmanager", region_name="us-east-1")
    secret = {
        "STRIPE_WEBHOOK_SECRET": "whsec_from_secret",
        "QBO_WEBHOOK_VERIFIER_TOKEN": "q",
        "SLACK_SIGNING_SECRET": "s",
        "ARGENT_REPLY_TOKEN_SECRET": "r",
    }
    client.create_secret(Name="argent/dev", SecretString=json.dumps(secret))
    env = {
        "ARGENT_SECRET_ID": "argent/dev",
        "ARGENT_TABLE": "argent-dev",
        "ARGENT_INBOUND_BUCKET": "b-dev",
        "SLACK_SIGNING_SECRET": "from-env",
    }
    settings = load_settings(env, secrets_manager_loader("us-east-1"))
    assert settings.stripe_webhook_secret.get_secret_value() == "whsec_from_secret"
    assert settings.slack_signing_secret.get_secret_value() == "from-env"
    assert settings.stage == "dev"


def test_an_invalid_stage_is_refused() -> None:
    with pytest.raises(SettingsError, match="ARGENT_STAGE"):
        load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "staging"})
