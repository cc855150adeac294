"""Composition root: the one place where ports meet their adapters.

Nothing here runs at import time. ``build`` is called by the first request (Lambda cold start stays
short, and moto can be active before any boto3 client exists) or by the CLI and tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

from chalicelib.adapters.dynamodb import DynamoRepository
from chalicelib.clock import SystemClock
from chalicelib.domain.decision import Purpose
from chalicelib.domain.triage import TriageEngine
from chalicelib.services.documents import AttachmentReader
from chalicelib.services.drafting import GuardrailsCheck, Personaliser
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck
from chalicelib.services.ports import (
    BlobStore,
    CashWriteBack,
    Clock,
    ConversationMemory,
    EmailSender,
    FreshnessCheck,
    Repository,
)
from chalicelib.services.quickbooks_freshness import QboFreshnessCheck
from chalicelib.services.quickbooks_install import QboConnector
from chalicelib.services.quickbooks_sync import QboConnectionGate, QboDeps, QboLedger
from chalicelib.services.slack_approvals import SlackDeps, SlackNotifier, WorkQueue
from chalicelib.services.slack_install import Cipher, SlackOAuth
from chalicelib.services.stripe_events import StripeDeps, StripeFreshnessCheck, StripeGateway
from chalicelib.services.stripe_install import InstallDeps, StripeOAuth, TokenSource, TokenVault
from chalicelib.services.sweep import Queue, SweepDeps, answer_customer
from chalicelib.settings import Settings, load_settings, secrets_manager_loader


@dataclass
class Container:
    settings: Settings
    repo: Repository
    clock: Clock
    # The sweep's ports. None means "build the default on first use" (see ``sweep_deps``/``sweep_queue``),
    # so a test can swap any one of them by assigning it.
    email_sender: EmailSender | None = None
    queue: Queue | None = None
    freshness: FreshnessCheck | None = None
    personaliser: Personaliser | None = None
    # Other customers' names for the guardrails' leak check, kept while the Lambda is warm.
    names_cache: dict[str, Any] = field(default_factory=dict)
    # Slack (issue 7): None means "build on first use" (see ``slack_deps``); tests assign fakes.
    slack_notifier: SlackNotifier | None = None
    slack_queue: WorkQueue | None = None
    cipher: Cipher | None = None
    # Inbound mail (issue 5): None means "build on first use"; tests assign fakes.
    triage: TriageEngine | None = None
    memory: ConversationMemory | None = None
    inbound_fetch: Callable[[str, str], bytes] | None = None
    # The tenant's uploaded documents (W-9 and the like): S3 (moto in local mode), in memory for tests.
    blobs: BlobStore | None = None
    # QuickBooks Online (issue 4): None means "build on first use" (see ``qbo_deps``); tests assign fakes.
    qbo_ledger: QboLedger | None = None
    qbo_connector: QboConnector | None = None
    # Stripe (issue 3): None means "build on first use" (see ``stripe_deps``); tests assign fakes.
    stripe_gateway: StripeGateway | None = None
    stripe_oauth: StripeOAuth | None = None
    stripe_vault: TokenVault | None = None

    def sweep_queue(self) -> Queue:
        if self.queue is None:
            from chalicelib.adapters.sqs_queue import SQSQueue  # noqa: PLC0415  (only the sweep needs it)

            sqs = boto3.client(
                "sqs", region_name=self.settings.region, endpoint_url=self.settings.aws_endpoint_url
            )
            self.queue = SQSQueue(sqs, self.settings.sweep_queue)
        return self.queue

    def sweep_deps(self, clock: Clock | None = None) -> SweepDeps:
        """Everything ``work_case`` needs: local twins in local mode and tests, SES and Bedrock on AWS."""
        from chalicelib.adapters.jinja_drafts import JinjaDrafts  # noqa: PLC0415

        settings = self.settings
        if self.email_sender is None:
            if settings.stage in ("local", "test"):
                from chalicelib.adapters.local_outbox import FakeEmailSender  # noqa: PLC0415

                outbox = Path(os.environ.get("ARGENT_HOME", ".argent")) / "outbox"
                self.email_sender = FakeEmailSender(
                    outbox if settings.stage == "local" else None,
                    read_attachment=AttachmentReader(self.document_blobs()),
                )
            else:
                from chalicelib.adapters.ses_email import SESEmailSender  # noqa: PLC0415

                self.email_sender = SESEmailSender(
                    boto3.client(
                        "sesv2", region_name=settings.region, endpoint_url=settings.aws_endpoint_url
                    ),
                    from_address=settings.from_address,
                    configuration_set=settings.ses_configuration_set,
                    region=settings.region,
                    read_attachment=AttachmentReader(self.document_blobs()),
                )
        if self.personaliser is None and settings.bedrock_model_id:
            from chalicelib.adapters.bedrock_drafts import BedrockPersonaliser  # noqa: PLC0415

            bedrock = boto3.client("bedrock-runtime", region_name=settings.region)
            self.personaliser = BedrockPersonaliser(bedrock, settings.bedrock_model_id)
        if self.freshness is None:
            # QuickBooks invoices are re-read at QuickBooks right before the send; a broken connection holds
            # reminders on them (issue 4).
            ledger_check = LedgerFreshnessCheck(self.repo, self.clock)
            self.freshness = QboConnectionGate(
                self.repo, QboFreshnessCheck(self.qbo_deps, self.repo, ledger_check)
            )
            # Stripe invoices are re-read at Stripe right before the send (issue 3).
            self.freshness = StripeFreshnessCheck(self.stripe_deps, self.repo, self.freshness)
        return SweepDeps(
            repo=self.repo,
            clock=clock or self.clock,
            sender=self.recording_sender(),
            fresh=self.freshness,
            renderer=JinjaDrafts(),
            guard=GuardrailsCheck(),
            personaliser=self.personaliser,
            reply_token_secret=settings.reply_token_secret.get_secret_value(),
            names_cache=self.names_cache,
        )

    def recording_sender(self) -> EmailSender:
        """The email sender, wrapped so each accepted send is remembered and indexed for threading replies."""
        from chalicelib.services.conversation import RecordingSender  # noqa: PLC0415

        if self.email_sender is None:
            self.sweep_deps()
        assert self.email_sender is not None
        return RecordingSender(
            self.email_sender, repo=self.repo, clock=self.clock, memory=self.conversation_memory()
        )

    def triage_engine(self) -> TriageEngine:
        if self.triage is None:
            from chalicelib.adapters.local_triage import LocalTriage  # noqa: PLC0415

            self.triage = LocalTriage()
        return self.triage

    def conversation_memory(self) -> ConversationMemory:
        """AgentCore memory when ARGENT_MEMORY_ID names one; otherwise the in-process twin."""
        if self.memory is None:
            if self.settings.memory_id and self.settings.stage not in ("local", "test"):
                from chalicelib.adapters.agentcore_memory import AgentCoreMemory  # noqa: PLC0415

                self.memory = AgentCoreMemory(self.settings.memory_id, region=self.settings.region)
            else:
                from chalicelib.adapters.conversation_memory_fake import (  # noqa: PLC0415
                    FakeConversationMemory,
                )

                self.memory = FakeConversationMemory()
        return self.memory

    def document_blobs(self) -> BlobStore:
        """Where uploaded documents live: the stack's mail bucket, under its ``documents/`` prefix."""
        if self.blobs is None:
            if self.settings.stage == "test":
                from chalicelib.adapters.blobs_fake import InMemoryBlobs  # noqa: PLC0415

                self.blobs = InMemoryBlobs()
            else:
                from chalicelib.adapters.s3_blobs import S3Blobs  # noqa: PLC0415
                from chalicelib.adapters.ses_inbound import s3_client  # noqa: PLC0415

                client = s3_client(self.settings.region, self.settings.aws_endpoint_url)
                self.blobs = S3Blobs(client, self.settings.inbound_bucket)
        return self.blobs

    def inbound_reader(self) -> Callable[[str, str], bytes]:
        """Reads the raw message SES stored in S3 (client created on the first mail)."""
        if self.inbound_fetch is None:
            from chalicelib.adapters.ses_inbound import s3_client, s3_fetcher  # noqa: PLC0415

            self.inbound_fetch = s3_fetcher(s3_client(self.settings.region, self.settings.aws_endpoint_url))
        return self.inbound_fetch

    def slack_deps(self) -> SlackDeps:
        """Approvals in Slack: the Slack twin, an in-process queue and a local cipher in local mode and tests;
        slack_sdk, SQS and KMS on AWS."""
        from chalicelib.services.approvals import ApprovalDeps  # noqa: PLC0415
        from chalicelib.services.slack_approvals import run_job  # noqa: PLC0415

        settings, local = self.settings, self.settings.stage in ("local", "test")
        sweep = self.sweep_deps()
        if self.cipher is None:
            if local or not settings.kms_key_id:
                from chalicelib.adapters.token_cipher import LocalCipher  # noqa: PLC0415

                self.cipher = LocalCipher(settings.slack_signing_secret.get_secret_value())
            else:
                from chalicelib.adapters.token_cipher import KMSCipher  # noqa: PLC0415

                kms = boto3.client("kms", region_name=settings.region, endpoint_url=settings.aws_endpoint_url)
                self.cipher = KMSCipher(kms, settings.kms_key_id)
        if self.slack_notifier is None:
            if local:
                from chalicelib.adapters.slack_fake import FakeSlackNotifier  # noqa: PLC0415

                outbox = Path(os.environ.get("ARGENT_HOME", ".argent")) / "outbox"
                self.slack_notifier = FakeSlackNotifier(outbox if settings.stage == "local" else None)
            else:
                from chalicelib.adapters.slack_api import SlackWebNotifier  # noqa: PLC0415

                self.slack_notifier = SlackWebNotifier()
        approvals = ApprovalDeps(repo=self.repo, clock=self.clock, sender=sweep.sender, fresh=sweep.fresh)
        if self.slack_queue is None:
            if local:
                from chalicelib.adapters.slack_queue import InProcessWorkQueue  # noqa: PLC0415

                self.slack_queue = InProcessWorkQueue(immediate=settings.stage == "local")
            else:
                from chalicelib.adapters.slack_queue import SQSWorkQueue  # noqa: PLC0415

                sqs = boto3.client("sqs", region_name=settings.region, endpoint_url=settings.aws_endpoint_url)
                self.slack_queue = SQSWorkQueue(sqs, settings.slack_queue)
        deps = SlackDeps(
            approvals=approvals, notifier=self.slack_notifier, cipher=self.cipher, queue=self.slack_queue
        )
        from chalicelib.adapters.slack_queue import InProcessWorkQueue  # noqa: PLC0415

        if isinstance(self.slack_queue, InProcessWorkQueue):
            self.slack_queue.bind(lambda job: run_job(deps, job))
        return deps

    def qbo_deps(self) -> QboDeps:
        """The QBO twin in local mode and tests; the Intuit gateway (tokens encrypted with KMS) on AWS."""
        if self.qbo_ledger is None or self.qbo_connector is None:
            settings = self.settings
            if settings.stage in ("local", "test"):
                from chalicelib.adapters.quickbooks_fake import FakeQboConnector, FakeQboLedger  # noqa: PLC0415

                outbox = Path(os.environ.get("ARGENT_HOME", ".argent")) / "outbox"
                self.qbo_ledger = self.qbo_ledger or FakeQboLedger(
                    outbox if settings.stage == "local" else None
                )
                self.qbo_connector = self.qbo_connector or FakeQboConnector()
            else:
                from chalicelib.adapters.quickbooks_api import (  # noqa: PLC0415
                    IntuitConnector,
                    IntuitOAuth,
                    QuickBooksGateway,
                )
                from chalicelib.adapters.quickbooks_tokens import QboTokenStore  # noqa: PLC0415

                if not settings.qbo_client_id or settings.qbo_client_secret is None:
                    # Never the twin on AWS: an empty twin would read every invoice as deleted.
                    raise RuntimeError("QuickBooks needs QBO_CLIENT_ID and QBO_CLIENT_SECRET")
                secret = settings.qbo_client_secret.get_secret_value()
                auth = IntuitOAuth(
                    settings.qbo_client_id,
                    secret,
                    f"{settings.public_url.rstrip('/')}/oauth/quickbooks/callback",
                    settings.qbo_environment,
                )
                tokens = QboTokenStore(self.repo, self.slack_deps().cipher)
                gateway = QuickBooksGateway(tokens, auth, self.clock, environment=settings.qbo_environment)
                self.qbo_ledger = self.qbo_ledger or gateway
                self.qbo_connector = self.qbo_connector or IntuitConnector(tokens, auth, gateway)
        return QboDeps(repo=self.repo, clock=self.clock, ledger=self.qbo_ledger)

    def qbo_connector_or_build(self) -> QboConnector:
        if self.qbo_connector is None:
            self.qbo_deps()
        assert self.qbo_connector is not None
        return self.qbo_connector

    def stripe_deps(self) -> StripeDeps:
        """The Stripe twin in local mode and tests; Stripe's API with the tenant's own token on AWS."""
        settings = self.settings
        local = settings.stage in ("local", "test")
        if self.stripe_vault is None:
            from chalicelib.adapters.stripe_vault import (  # noqa: PLC0415
                EnvelopeTokenVault,
                KmsDataKeys,
                LocalDataKeys,
            )

            if local or not settings.kms_key_id:
                keys: KmsDataKeys | LocalDataKeys = LocalDataKeys(
                    settings.reply_token_secret.get_secret_value()
                )
            else:
                kms = boto3.client("kms", region_name=settings.region, endpoint_url=settings.aws_endpoint_url)
                keys = KmsDataKeys(kms, settings.kms_key_id)
            self.stripe_vault = EnvelopeTokenVault(self.repo, keys)
        if self.stripe_oauth is None:
            if local:
                from chalicelib.adapters.stripe_fake import FakeStripeOAuth  # noqa: PLC0415

                self.stripe_oauth = FakeStripeOAuth()
            elif settings.stripe_secret_key is not None and settings.stripe_app_install_url:
                from chalicelib.adapters.stripe_api import StripeAppsOAuth  # noqa: PLC0415

                self.stripe_oauth = StripeAppsOAuth(
                    settings.stripe_secret_key.get_secret_value(),
                    settings.stripe_app_install_url,
                    f"{settings.public_url.rstrip('/')}/oauth/stripe/callback",
                )
        if self.stripe_gateway is None:
            if local:
                from chalicelib.adapters.stripe_fake import FakeStripeGateway  # noqa: PLC0415

                # Local mode has no Stripe behind it: the twin reads what the delivered events said.
                self.stripe_gateway = FakeStripeGateway(self.repo if settings.stage == "local" else None)
            else:
                from chalicelib.adapters.stripe_api import StripeApiGateway  # noqa: PLC0415

                if self.stripe_oauth is None:
                    # Never the twin on AWS: an empty twin would read every invoice as gone.
                    raise RuntimeError("Stripe needs STRIPE_SECRET_KEY and STRIPE_APP_INSTALL_URL")
                tokens = TokenSource(self.stripe_vault, self.stripe_oauth, self.clock)
                self.stripe_gateway = StripeApiGateway(tokens.access_token)
        return StripeDeps(
            repo=self.repo,
            clock=self.clock,
            gateway=self.stripe_gateway,
            vault=self.stripe_vault,
            answer=self._answer_customer,
        )

    def _answer_customer(
        self, tenant_id: str, case_id: str, purpose: Purpose, request_id: str, invoice_ids: tuple[str, ...]
    ) -> str:
        """The sweep's own answer (drafted, guarded, approved or sent per the playbook), for other flows."""
        outcome = answer_customer(
            self.sweep_deps(), tenant_id, case_id, purpose, request_id=request_id, invoice_ids=invoice_ids
        )
        return outcome.result

    def cash_writeback(self) -> CashWriteBack:
        """Applied cash told to its source: a QBO Payment for QuickBooks invoices, paid out of band at Stripe."""
        from chalicelib.services.cash import CompositeWriteBack  # noqa: PLC0415
        from chalicelib.services.quickbooks_sync import QboCashWriteBack  # noqa: PLC0415
        from chalicelib.services.stripe_events import StripeCashWriteBack  # noqa: PLC0415

        return CompositeWriteBack(QboCashWriteBack(self.qbo_deps), StripeCashWriteBack(self.stripe_deps))

    def stripe_install_deps(self) -> InstallDeps | None:
        """None when the Stripe app is not configured (no secret key or install link on AWS)."""
        try:
            self.stripe_deps()
        except RuntimeError:
            return None
        if self.stripe_oauth is None or self.stripe_vault is None:
            return None
        key = self.settings.stripe_secret_key
        secret = key.get_secret_value() if key else self.settings.reply_token_secret.get_secret_value()
        return InstallDeps(
            repo=self.repo, clock=self.clock, oauth=self.stripe_oauth, vault=self.stripe_vault, secret=secret
        )

    def qbo_state_secret(self) -> str:
        # Signs install links and OAuth state; the client secret where there is one, else a local value.
        secret = self.settings.qbo_client_secret
        return secret.get_secret_value() if secret else self.settings.reply_token_secret.get_secret_value()

    def slack_oauth(self) -> SlackOAuth | None:
        from chalicelib.adapters.slack_api import SlackSdkOAuth  # noqa: PLC0415

        settings = self.settings
        if not settings.slack_client_id or settings.slack_client_secret is None:
            return None
        return SlackSdkOAuth(
            settings.slack_client_id,
            settings.slack_client_secret.get_secret_value(),
            f"{settings.public_url.rstrip('/')}/oauth/slack/callback",
        )


def build(settings: Settings | None = None, clock: Clock | None = None) -> Container:
    if settings is None:
        settings = load_settings(secret_loader=secrets_manager_loader())
    client = boto3.client("dynamodb", region_name=settings.region, endpoint_url=settings.aws_endpoint_url)
    return Container(
        settings=settings, repo=DynamoRepository(client, settings.table), clock=clock or SystemClock()
    )
