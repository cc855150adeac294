"""Argent's entry points. Each verifies, parses and hands off to one service function; nothing else."""

from __future__ import annotations

import json
import os
import time
from functools import cache
from html import escape
from urllib.parse import parse_qs

from chalice.app import Chalice, Cron, NotFoundError, Rate, Response, SNSEvent, SQSEvent

from chalicelib import web
from chalicelib.adapters import intuit_webhooks
from chalicelib.adapters.pinyin_names import pinyin_romanize
from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.adapters.ses_inbound import NotificationError, read_notification
from chalicelib.adapters.slack_blocks import read_interaction
from chalicelib.adapters.slack_signature import SignatureError, verify_slack
from chalicelib.adapters.stripe_api import StripeSignatureError, verify_signature
from chalicelib.bootstrap import Container, build
from chalicelib.services import cash, quickbooks_install, quickbooks_sync, stripe_events, stripe_install
from chalicelib.services.approvals_query import list_approvals
from chalicelib.services.delivery_events import handle_ses_event
from chalicelib.services.inbound import ingest_reply, reply_answers
from chalicelib.services.slack_approvals import (
    SlackError,
    SlackJob,
    accept_interaction,
    escalation_cards,
    publish_pending,
    run_job,
)
from chalicelib.services.slack_install import InstallError, begin_install, complete_install, read_state
from chalicelib.services.sweep import CaseMessage, run_sweep, work_case
from chalicelib.services.webhooks import BadPayloadError, accept_slack_action
from chalicelib.settings import Settings, load_settings

app = Chalice(app_name="argent")
QBO_BUDGET_S = 240  # of the schedule Lambda's 300 s: the backfill stops in time to save its cursor
STRIPE_BUDGET_S = 240


@cache
def settings() -> Settings:
    return load_settings()


# Fail at start, naming the missing setting, rather than at the first request. Secrets that come from
# Secrets Manager (ARGENT_SECRET_ID) are loaded with the container on first use instead, so no AWS client
# is created at import time.
if not os.environ.get("ARGENT_SECRET_ID"):
    settings()


@cache
def container() -> Container:
    return build(settings() if not os.environ.get("ARGENT_SECRET_ID") else None)


def _html(body: str, status: int = 200) -> Response:
    return Response(body=body, status_code=status, headers={"Content-Type": "text/html; charset=utf-8"})


@app.route("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


def _dashboard_enabled() -> None:
    # The dashboard has no sign-in yet, so it exists only in local mode; on AWS it is not served at all.
    if container().settings.stage != "local":
        raise NotFoundError("not found")


@app.route("/")
def dashboard() -> Response:
    return _cases("demo")


@app.route("/cases/{tenant_id}")
def cases_page(tenant_id: str) -> Response:
    return _cases(tenant_id)


def _cases(tenant_id: str) -> Response:
    _dashboard_enabled()
    repo = container().repo
    tenant = repo.get_tenant(tenant_id)
    if tenant is None:
        raise NotFoundError(f"no tenant {tenant_id}")
    names = {c.customer_id: c.name for c in repo.list_customers(tenant_id)}
    cases = sorted(repo.list_cases(tenant_id), key=lambda k: (k.state.value, k.case_id))
    return _html(web.render("dashboard/cases.html", tenant=tenant, cases=cases, names=names))


@app.route("/attention/{tenant_id}")
def attention_page(tenant_id: str) -> Response:
    """What waits for a person: the approval requests and escalations Slack shows, for local mode."""
    _dashboard_enabled()
    repo = container().repo
    tenant = repo.get_tenant(tenant_id)
    if tenant is None:
        raise NotFoundError(f"no tenant {tenant_id}")
    names = {c.customer_id: c.name for c in repo.list_customers(tenant_id)}
    return _html(
        web.render(
            "dashboard/attention.html",
            tenant=tenant,
            names=names,
            approvals=list_approvals(repo, tenant_id),
            escalations=escalation_cards(repo, tenant_id),
        )
    )


@app.route("/cases/{tenant_id}/{case_id}")
def case_page(tenant_id: str, case_id: str) -> Response:
    _dashboard_enabled()
    repo = container().repo
    tenant = repo.get_tenant(tenant_id)
    case = repo.get_case(tenant_id, case_id) if tenant else None
    customer = repo.get_customer(tenant_id, case_id) if case else None
    if tenant is None or case is None or customer is None:
        raise NotFoundError(f"no case {case_id}")
    events = repo.list_events(tenant_id, case_id)
    return _html(
        web.render("dashboard/case.html", tenant=tenant, case=case, customer=customer, events=events)
    )


# --- the dunning sweep -------------------------------------------------------------------------------
# Daily, plus an hourly tick: a case's next action time is already inside its customer's business hours,
# so the hourly tick is what makes a send land at 9:00 in Berlin and at 9:00 in Chicago.
@app.schedule(Cron(0, 6, "*", "*", "?", "*"), name="daily_sweep")
def daily_sweep(event: object) -> dict[str, int]:
    c = container()
    return {"due": run_sweep(c.repo, c.sweep_queue(), c.clock).due}


@app.schedule(Rate(1, unit=Rate.HOURS), name="hourly_sweep")
def hourly_sweep(event: object) -> dict[str, int]:
    c = container()
    return {"due": run_sweep(c.repo, c.sweep_queue(), c.clock).due}


# Batch size 1: Chalice cannot report partial batch failures, so one message per invocation means a case
# that fails is retried (then dead-lettered) alone, and no other case is held back or worked twice.
@app.on_sqs_message(
    queue=os.environ.get("ARGENT_SWEEP_QUEUE", "argent-sweep"), batch_size=1, name="work_case"
)
def work_case_message(event: SQSEvent) -> None:
    deps = container().sweep_deps()
    for record in event:
        message = CaseMessage.from_json(record.body)
        work_case(deps, message.tenant_id, message.case_id)


# Bounce and complaint events of the sending configuration set (SES event publishing -> SNS).
@app.on_sns_message(topic=os.environ.get("ARGENT_SES_EVENTS_TOPIC", "argent-ses-events"), name="ses_events")
def ses_events(event: SNSEvent) -> None:
    c = container()
    handle_ses_event(c.repo, c.clock, json.loads(event.message))


# --- provider webhooks: verify over the raw body, parse, hand off ------------------------------------


def _bad_request(reason: str) -> Response:
    return Response(body={"error": reason}, status_code=400)


def _raw_body() -> bytes:
    # Signatures cover the exact bytes the provider sent: never a re-serialised body.
    body = app.current_request.raw_body if app.current_request else b""
    return body if isinstance(body, bytes) else body.encode("utf-8")


def _header(name: str) -> str | None:
    headers = app.current_request.headers if app.current_request else {}
    return headers.get(name.lower()) or headers.get(name)


@app.route("/webhooks/stripe", methods=["POST"], content_types=["application/json"])
def stripe_webhook() -> Response:
    # Verify, store once, answer: the work (re-reading the objects at Stripe) runs on the stripe_events
    # schedule, so Stripe never waits on Stripe. Local mode works the event at once for the demo.
    c = container()
    raw = _raw_body()
    try:
        verify_signature(
            raw,
            _header("Stripe-Signature"),
            c.settings.stripe_webhook_secret.get_secret_value(),
            now=c.clock.now(),
        )
        outcome = stripe_events.accept_event(c.repo, c.clock, json.loads(raw))
    except (StripeSignatureError, stripe_events.BadStripeEventError, json.JSONDecodeError) as exc:
        return _bad_request(str(exc))
    except UnicodeDecodeError as exc:
        return _bad_request(f"not UTF-8: {exc}")
    if outcome.status == "ignored":
        app.log.warning("stripe webhook ignored: %s", outcome.reason)
    elif outcome.status == "accepted" and outcome.tenant_id and c.settings.stage == "local":
        stripe_events.process_pending(c.stripe_deps(), outcome.tenant_id)
        _apply_cash(c, outcome.tenant_id)
    return Response(body=outcome.model_dump(), status_code=200)


@app.schedule(Rate(1, unit=Rate.MINUTES), name="stripe_events")
def stripe_events_schedule(event: object) -> dict[str, int]:
    """Work stored Stripe events, run due payment retries, continue any backfill (~4 minutes at most)."""
    c = container()
    started = time.monotonic()
    processed = failed = 0
    for tenant in c.repo.list_tenants():
        pending = c.repo.list_records(
            tenant.tenant_id, stripe_events.PENDING_KIND, stripe_events.PendingEvent
        )
        if not pending and not stripe_events.is_connected(c.repo, tenant.tenant_id):
            continue
        deps = c.stripe_deps()
        report = stripe_events.process_pending(deps, tenant.tenant_id)
        processed, failed = processed + report.processed, failed + report.failed
        if stripe_events.is_connected(c.repo, tenant.tenant_id):
            stripe_events.run_due_retries(deps, tenant.tenant_id)
            stripe_events.run_backfill(
                deps, tenant.tenant_id, should_stop=lambda: time.monotonic() - started > STRIPE_BUDGET_S
            )
    return {"processed": processed, "failed": failed}


# --- cash application: payments the webhooks kept, matched to what they pay ----------------------------


def _apply_cash(c: Container, tenant_id: str) -> int:
    tenant = c.repo.get_tenant(tenant_id)
    if tenant is None:
        return 0
    report = cash.apply_pending(
        c.repo,
        c.clock,
        c.cash_writeback(),
        tenant,
        name_similarity=rapidfuzz_similarity,
        romanize=pinyin_romanize,
    )
    return len(report.cash.results) + len(report.rematched.results)


@app.schedule(Rate(5, unit=Rate.MINUTES), name="cash_application")
def cash_application(event: object) -> dict[str, int]:
    """Apply the payments Stripe and QuickBooks reported without an invoice, and retry write-backs."""
    c = container()
    decided = 0
    for tenant in c.repo.list_tenants():
        if cash.has_work(c.repo, tenant.tenant_id):
            decided += _apply_cash(c, tenant.tenant_id)
    return {"payments": decided}


@app.route(
    "/webhooks/quickbooks",
    methods=["POST"],
    content_types=["application/json", "application/cloudevents-batch+json"],
)
def quickbooks_webhook() -> Response:
    c = container()
    raw = _raw_body()
    try:
        intuit_webhooks.verify_signature(
            raw, _header("intuit-signature"), c.settings.qbo_webhook_verifier_token.get_secret_value()
        )
        changes = intuit_webhooks.parse_changes(json.loads(raw))
    except (intuit_webhooks.IntuitSignatureError, intuit_webhooks.IntuitPayloadError) as exc:
        return _bad_request(str(exc))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _bad_request(f"not JSON: {exc}")
    # Stored only; the quickbooks_changes schedule re-reads each entity (Intuit wants an answer in seconds).
    outcomes = quickbooks_sync.receive_changes(c.repo, c.clock, changes)
    for outcome in outcomes:
        if outcome.status == "ignored":
            app.log.warning("quickbooks webhook ignored: %s", outcome.reason)
    return Response(body={"outcomes": [o.model_dump() for o in outcomes]}, status_code=200)


@app.schedule(Rate(1, unit=Rate.MINUTES), name="quickbooks_changes")
def quickbooks_changes(event: object) -> dict[str, int]:
    """Work stored QBO changes, then continue any unfinished backfill until ~4 minutes have passed."""
    c = container()
    started = time.monotonic()
    processed = 0
    for tenant in c.repo.list_tenants():
        if quickbooks_sync.is_connected(c.repo, tenant.tenant_id):
            # Built only when a tenant is connected, so a deployment without QuickBooks never needs its keys.
            deps = c.qbo_deps()
            processed += quickbooks_sync.process_changes(deps, tenant.tenant_id).processed
            quickbooks_sync.run_backfill(
                deps, tenant.tenant_id, should_stop=lambda: time.monotonic() - started > QBO_BUDGET_S
            )
    return {"processed": processed}


@app.schedule(Cron(0, 5, "*", "*", "?", "*"), name="quickbooks_cdc")
def quickbooks_cdc(event: object) -> dict[str, int]:
    """The daily change-data-capture pass: the backstop for webhooks Intuit never delivered."""
    c = container()
    passes = 0
    for tenant in c.repo.list_tenants():
        if not quickbooks_sync.is_connected(c.repo, tenant.tenant_id):
            continue
        if quickbooks_sync.run_cdc(c.qbo_deps(), tenant.tenant_id) is not None:
            passes += 1
    return {"tenants": passes}


@app.route("/slack/actions", methods=["POST"], content_types=["application/x-www-form-urlencoded"])
def slack_actions() -> Response:
    c = container()
    raw = _raw_body()
    try:
        verify_slack(
            raw,
            _header("X-Slack-Request-Timestamp"),
            _header("X-Slack-Signature"),
            c.settings.slack_signing_secret.get_secret_value(),
            now=c.clock.now(),
        )
        form = parse_qs(raw.decode("utf-8"))
        payload = json.loads(form["payload"][0])
        outcome = accept_slack_action(c.repo, c.clock, payload)
    except (SignatureError, BadPayloadError, json.JSONDecodeError, UnicodeDecodeError, KeyError) as exc:
        return _bad_request(str(exc))
    interaction = read_interaction(payload) if outcome.status == "accepted" else None
    if interaction is None or outcome.tenant_id is None:
        return Response(body=outcome.model_dump(), status_code=200)
    # Answered inside Slack's 3 seconds; the decision itself runs on the slack_work queue.
    ack = accept_interaction(c.slack_deps(), outcome.tenant_id, interaction)
    # A modal submission reads the body as a response_action (errors shown in the form); empty closes it.
    return Response(body=ack.body or "", status_code=200)


@app.on_sqs_message(
    queue=os.environ.get("ARGENT_SLACK_QUEUE", "argent-slack"), batch_size=1, name="slack_work"
)
def slack_work(event: SQSEvent) -> None:
    deps = container().slack_deps()
    for record in event:
        run_job(deps, SlackJob.model_validate_json(record.body))


# Posts approval requests and escalations that are not in Slack yet (and retries those that failed).
@app.schedule(Rate(1, unit=Rate.MINUTES), name="slack_publish")
def slack_publish(event: object) -> dict[str, int]:
    c = container()
    deps = c.slack_deps()
    posted = 0
    for tenant in c.repo.list_tenants():
        posted += publish_pending(c.repo, deps.notifier, deps.cipher, c.clock.now(), tenant.tenant_id).posted
    return {"posted": posted}


def _install_page(title: str, text: str, status: int = 200) -> Response:
    return _html(
        f"<!doctype html><title>{escape(title)}</title><h1>{escape(title)}</h1><p>{escape(text)}</p>", status
    )


def _query(name: str) -> str:
    params = app.current_request.query_params if app.current_request else None
    return str(params.get(name) or "") if params else ""


@app.route("/install/slack")
def install_slack() -> Response:
    # The link is minted by `python -m chalicelib.cli slack install-link` (signed, expiring): the app has no
    # sign-in yet, and an unsigned ?tenant= would let anyone connect their workspace to someone's account.
    c = container()
    oauth = c.slack_oauth()
    secret = c.settings.slack_client_secret
    link = _query("link")
    if oauth is None or secret is None:
        return _install_page("Slack is not configured", "Set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.", 503)
    try:
        tenant_id, _ = read_state(secret.get_secret_value(), link, c.clock.now())
        url = begin_install(c.repo, oauth, secret.get_secret_value(), tenant_id, c.clock.now())
    except InstallError as exc:
        return _install_page("Cannot install", str(exc), 400)
    return Response(body="", status_code=302, headers={"Location": url})


@app.route("/oauth/slack/callback")
def slack_oauth_callback() -> Response:
    c = container()
    oauth = c.slack_oauth()
    secret = c.settings.slack_client_secret
    if oauth is None or secret is None:
        return _install_page("Slack is not configured", "Set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.", 503)
    try:
        install = complete_install(
            c.repo,
            oauth,
            c.slack_deps().cipher,
            secret.get_secret_value(),
            state=_query("state"),
            code=_query("code"),
            now=c.clock.now(),
        )
    except (InstallError, SlackError) as exc:
        return _install_page("Slack was not connected", str(exc), 400)
    channel = (
        f"#{install.channel_name}" if install.channel_name else "no channel yet (slack channel --tenant ...)"
    )
    return _install_page(
        "Slack connected", f"{install.team_name or install.team_id}: approvals go to {channel}."
    )


@app.route("/install/stripe")
def install_stripe() -> Response:
    # The link is minted by `python -m chalicelib.cli stripe install-link` (signed, expiring).
    deps = container().stripe_install_deps()
    if deps is None:
        return _install_page(
            "Stripe is not configured", "Set STRIPE_SECRET_KEY and STRIPE_APP_INSTALL_URL.", 503
        )
    try:
        url = stripe_install.begin_install(deps, _query("link"))
    except stripe_install.InstallError as exc:
        return _install_page("Cannot connect Stripe", str(exc), 400)
    return Response(body="", status_code=302, headers={"Location": url})


@app.route("/oauth/stripe/callback")
def stripe_oauth_callback() -> Response:
    deps = container().stripe_install_deps()
    if deps is None:
        return _install_page(
            "Stripe is not configured", "Set STRIPE_SECRET_KEY and STRIPE_APP_INSTALL_URL.", 503
        )
    try:
        conn = stripe_install.complete_install(deps, state=_query("state"), code=_query("code"))
    except (stripe_install.InstallError, stripe_install.ReconnectNeededError) as exc:
        return _install_page("Stripe was not connected", str(exc), 400)
    return _install_page(
        "Stripe connected",
        f"Account {conn.account_id}: loading customers, open invoices and 24 months of history now.",
    )


@app.route("/install/quickbooks")
def install_quickbooks() -> Response:
    # The link is minted by `python -m chalicelib.cli quickbooks install-link` (signed, expiring).
    c = container()
    try:
        url = quickbooks_install.begin_install(
            c.repo, c.qbo_connector_or_build(), c.qbo_state_secret(), _query("link"), c.clock.now()
        )
    except quickbooks_install.InstallError as exc:
        return _install_page("Cannot connect QuickBooks", str(exc), 400)
    return Response(body="", status_code=302, headers={"Location": url})


@app.route("/oauth/quickbooks/callback")
def quickbooks_oauth_callback() -> Response:
    c = container()
    try:
        conn = quickbooks_install.complete_install(
            c.repo,
            c.clock,
            c.qbo_connector_or_build(),
            c.qbo_state_secret(),
            state=_query("state"),
            code=_query("code"),
            realm_id=_query("realmId"),
        )
    except (quickbooks_install.InstallError, quickbooks_sync.QboError) as exc:
        return _install_page("QuickBooks was not connected", str(exc), 400)
    return _install_page(
        "QuickBooks connected", f"Company {conn.realm_id}: loading customers and open invoices now."
    )


@app.route("/quickbooks/disconnect")
def quickbooks_disconnect() -> Response:
    # The tenant's own disconnect (signed link from `quickbooks disconnect-link`): revokes at Intuit.
    c = container()
    try:
        quickbooks_install.disconnect(
            c.repo, c.clock, c.qbo_connector_or_build(), c.qbo_state_secret(), _query("link")
        )
    except (quickbooks_install.InstallError, quickbooks_sync.QboError) as exc:
        return _install_page("Cannot disconnect QuickBooks", str(exc), 400)
    return _install_page("QuickBooks disconnected", "Reminders for QuickBooks invoices are paused.")


@app.route("/oauth/quickbooks/disconnect")
def quickbooks_intuit_disconnect() -> Response:
    # Intuit's disconnect URL: unauthenticated, so it only triggers a check of the grant.
    c = container()
    outcome = quickbooks_install.intuit_disconnected(
        c.repo, c.clock, c.qbo_connector_or_build(), _query("realmId")
    )
    return _install_page("QuickBooks", f"Argent: {outcome}.")


# --- inbound customer mail: SES stores it in S3 and notifies SNS -------------------------------------


@app.on_sns_message(topic=os.environ.get("ARGENT_INBOUND_TOPIC", "argent-inbound"), name="inbound_mail")
def inbound_mail(event: SNSEvent) -> dict[str, str]:
    c = container()
    try:
        received = read_notification(event.message, c.inbound_reader())
    except NotificationError as exc:
        # Not a received-mail notification (a test publish, a bounce on the wrong topic): nothing to keep.
        app.log.warning("inbound notification ignored: %s", exc)
        return {"status": "ignored", "detail": str(exc)}
    if received.mail is None:
        app.log.info("inbound mail %s", received.reason)
        return {"status": "dropped", "detail": received.reason}
    secret = c.settings.reply_token_secret.get_secret_value()
    result = ingest_reply(
        received.mail,
        repo=c.repo,
        clock=c.clock,
        engine=c.triage_engine(),
        token_secret=secret,
        answer=reply_answers(c.sweep_deps()),
        memory=c.conversation_memory(),
    )
    return {"status": result.status, "detail": result.detail}
