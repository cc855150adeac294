"""Settings, read once at start into one validated object.

Local mode and tests read environment variables. On AWS, the secrets come from one Secrets Manager secret
(JSON object, named by ``ARGENT_SECRET_ID``) whose keys use the same names; environment values win, so an
operator can override one setting without editing the secret. A missing required setting fails at start
with its name, not at the first request.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

REQUIRED = (
    "ARGENT_TABLE",
    "ARGENT_INBOUND_BUCKET",
    "STRIPE_WEBHOOK_SECRET",
    "QBO_WEBHOOK_VERIFIER_TOKEN",
    "SLACK_SIGNING_SECRET",
    "ARGENT_REPLY_TOKEN_SECRET",
)

# Documented defaults for local mode only: they sign the local twins' requests and are worthless elsewhere.
LOCAL_DEFAULTS: dict[str, str] = {
    "ARGENT_STAGE": "local",
    "ARGENT_TABLE": "argent-local",
    "ARGENT_INBOUND_BUCKET": "argent-local-inbound",
    "ARGENT_SWEEP_QUEUE": "argent-local-sweep",
    "STRIPE_WEBHOOK_SECRET": "whsec_local_argent_development_only",
    "QBO_WEBHOOK_VERIFIER_TOKEN": "local-argent-qbo-verifier-token",
    "SLACK_SIGNING_SECRET": "local-argent-slack-signing-secret",
    "ARGENT_REPLY_TOKEN_SECRET": "local-argent-reply-token-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}


class SettingsError(RuntimeError):
    """Configuration that cannot start the service."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    stage: Literal["local", "test", "dev", "prod"] = Field(alias="ARGENT_STAGE")
    table: str = Field(alias="ARGENT_TABLE", min_length=3)
    inbound_bucket: str = Field(alias="ARGENT_INBOUND_BUCKET", min_length=3)
    sweep_queue: str = Field(default="argent-sweep", alias="ARGENT_SWEEP_QUEUE")
    stripe_webhook_secret: SecretStr = Field(alias="STRIPE_WEBHOOK_SECRET")
    qbo_webhook_verifier_token: SecretStr = Field(alias="QBO_WEBHOOK_VERIFIER_TOKEN")
    slack_signing_secret: SecretStr = Field(alias="SLACK_SIGNING_SECRET")
    # Signs the per-case reply-to addresses (ar+<token>@<tenant domain>).
    reply_token_secret: SecretStr = Field(alias="ARGENT_REPLY_TOKEN_SECRET")
    region: str = Field(default="us-east-1", alias="AWS_DEFAULT_REGION")
    aws_endpoint_url: str | None = Field(default=None, alias="AWS_ENDPOINT_URL")
    # Outbound mail (the sweep): the verified SES sender, and the configuration set whose bounce and
    # complaint events mark contacts. Bedrock personalisation of drafts is off unless a model is named.
    from_address: str = Field(default="ar@argent.invalid", alias="ARGENT_FROM_ADDRESS")
    ses_configuration_set: str | None = Field(default=None, alias="ARGENT_SES_CONFIGURATION_SET")
    bedrock_model_id: str | None = Field(default=None, alias="ARGENT_BEDROCK_MODEL_ID")
    # Slack app (issue 7): OAuth install needs the client id/secret and the public base URL for the redirect;
    # the bot tokens are encrypted with this KMS key on AWS; clicks are worked from this queue.
    slack_client_id: str | None = Field(default=None, alias="SLACK_CLIENT_ID")
    slack_client_secret: SecretStr | None = Field(default=None, alias="SLACK_CLIENT_SECRET")
    public_url: str = Field(default="http://127.0.0.1:8000", alias="ARGENT_PUBLIC_URL")
    kms_key_id: str | None = Field(default=None, alias="ARGENT_KMS_KEY_ID")
    slack_queue: str = Field(default="argent-slack", alias="ARGENT_SLACK_QUEUE")
    # Per-customer conversation memory (AgentCore Memory resource id); without it an in-process twin is used.
    memory_id: str | None = Field(default=None, alias="ARGENT_MEMORY_ID")
    # QuickBooks Online app (issue 4): OAuth client and Intuit environment (sandbox | production).
    qbo_client_id: str | None = Field(default=None, alias="QBO_CLIENT_ID")
    qbo_client_secret: SecretStr | None = Field(default=None, alias="QBO_CLIENT_SECRET")
    qbo_environment: Literal["sandbox", "production"] = Field(default="production", alias="QBO_ENVIRONMENT")
    # Stripe app (issue 3): the platform secret key (token exchange) and the app's OAuth install link.
    stripe_secret_key: SecretStr | None = Field(default=None, alias="STRIPE_SECRET_KEY")
    stripe_app_install_url: str | None = Field(default=None, alias="STRIPE_APP_INSTALL_URL")


SecretLoader = Callable[[str], Mapping[str, str]]


def load_settings(
    environ: Mapping[str, str] | None = None, secret_loader: SecretLoader | None = None
) -> Settings:
    env = dict(os.environ if environ is None else environ)
    values: dict[str, str] = {}
    secret_id = env.get("ARGENT_SECRET_ID")
    if secret_id:
        if secret_loader is None:
            raise SettingsError("ARGENT_SECRET_ID is set but no secret loader was given")
        values.update(secret_loader(secret_id))
    values.update({k: v for k, v in env.items() if v != ""})
    values.setdefault("ARGENT_STAGE", "dev")
    missing = [name for name in REQUIRED if not values.get(name)]
    if missing:
        raise SettingsError(f"missing required setting(s): {', '.join(missing)}")
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        names = ", ".join(str(e["loc"][0]) for e in exc.errors())
        raise SettingsError(f"invalid setting(s): {names}: {exc}") from exc


def secrets_manager_loader(region: str | None = None) -> SecretLoader:
    """Read one JSON secret from AWS Secrets Manager (client built only when called)."""

    def load(secret_id: str) -> Mapping[str, str]:
        import boto3  # noqa: PLC0415  (only on AWS, never at import time)

        raw = boto3.client("secretsmanager", region_name=region).get_secret_value(SecretId=secret_id)
        data = json.loads(raw["SecretString"])
        if not isinstance(data, dict):
            raise SettingsError(f"secret {secret_id} must be a JSON object")
        return {str(k): str(v) for k, v in data.items()}

    return load
