"""The deployment stack: committed, valid CloudFormation, and what it creates is what the app uses.

moto's CloudFormation builds the table, bucket, topics, queues and key (it skips SES, alarm, policy and secret
resources it does not implement); cfn-lint validates every resource against the CloudFormation specification.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import boto3
import pytest
from cfnlint.api import lint
from moto import mock_aws

from chalicelib.adapters.dynamodb import DynamoRepository
from chalicelib.adapters.dynamodb_items import EXPIRES_AT
from infra.deploy import deploy_stack
from infra.stack import MAX_RECEIVES, VISIBILITY_TIMEOUT_S, names, render, template
from tests.factories import open_case, tenant

ROOT = Path(__file__).resolve().parents[3]
REGION = "us-east-1"


def test_committed_template_is_the_generated_one() -> None:
    committed = (ROOT / "infra" / "template.json").read_text()
    assert committed == render(), "run `python -m infra.stack > infra/template.json`"


def test_template_passes_cfn_lint() -> None:
    findings = [str(m) for m in lint(render(), regions=[REGION])]
    assert findings == []


def test_table_expires_what_the_repository_marks_for_expiry() -> None:
    # moto's CloudFormation ignores TimeToLiveSpecification, so this is checked on the template itself.
    ttl = template()["Resources"]["Table"]["Properties"]["TimeToLiveSpecification"]
    assert ttl == {"AttributeName": EXPIRES_AT, "Enabled": True}


def test_cfn_lint_is_not_blind() -> None:
    # A broken template must be reported, or the test above proves nothing.
    broken: dict[str, Any] = template()
    broken["Resources"]["SweepQueue"]["Properties"]["VisibilityTimeout"] = "soon"
    assert lint(json.dumps(broken), regions=[REGION])


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_chalice_stage_uses_the_stack_names(stage: str) -> None:
    config = json.loads((ROOT / ".chalice" / "config.json").read_text())
    env = config["stages"][stage]["environment_variables"]
    assert {k: env.get(k) for k in names(stage)} == names(stage)


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_stage_policy_reaches_the_stack_resources(stage: str) -> None:
    policy = json.loads((ROOT / ".chalice" / f"policy-{stage}.json").read_text())
    text = json.dumps(policy)
    assert f"table/argent-{stage}" in text
    assert f"argent-{stage}-inbound/*" in text
    kms = next(s for s in policy["Statement"] if any(a.startswith("kms:") for a in s["Action"]))
    # IAM does not authorise key use through an alias ARN; the grant must name the alias as a condition.
    assert (
        kms["Condition"]["ForAnyValue:StringEquals"]["kms:ResourceAliases"]
        == names(stage)["ARGENT_KMS_KEY_ID"]
    )


@pytest.fixture
def deployed(monkeypatch: pytest.MonkeyPatch) -> Any:
    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": REGION,
    }.items():
        monkeypatch.setenv(key, value)
    with mock_aws():
        status = deploy_stack(
            boto3.client("cloudformation", region_name=REGION), "dev", ["replies.example.com"]
        )
        assert status == "CREATE_COMPLETE"
        yield


@pytest.mark.usefixtures("deployed")
def test_deployed_table_serves_the_repository() -> None:
    client = boto3.client("dynamodb", region_name=REGION)
    table = names("dev")["ARGENT_TABLE"]
    repo = DynamoRepository(client, table)
    repo.put_tenant(tenant())
    case = open_case(datetime(2026, 2, 1, tzinfo=UTC))
    case.next_action_at = datetime(2026, 3, 1, tzinfo=UTC)
    repo.save_case(case)
    due = list(repo.due_cases(datetime(2026, 3, 2, tzinfo=UTC)))
    assert [d.case_id for d in due] == [case.case_id]


@pytest.mark.usefixtures("deployed")
def test_deployed_queues_park_failures_in_their_dead_letter_queue() -> None:
    sqs = boto3.client("sqs", region_name=REGION)
    for key in ("ARGENT_SWEEP_QUEUE", "ARGENT_SLACK_QUEUE"):
        url = sqs.get_queue_url(QueueName=names("dev")[key])["QueueUrl"]
        attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        redrive = json.loads(attrs["RedrivePolicy"])
        assert redrive["deadLetterTargetArn"].endswith(names("dev")[key] + "-dlq")
        assert int(redrive["maxReceiveCount"]) == MAX_RECEIVES
        assert int(attrs["VisibilityTimeout"]) == VISIBILITY_TIMEOUT_S


@pytest.mark.usefixtures("deployed")
def test_deployed_mail_topics_bucket_and_key_exist() -> None:
    topics = {
        t["TopicArn"].rsplit(":", 1)[1]
        for t in boto3.client("sns", region_name=REGION).list_topics()["Topics"]
    }
    assert {names("dev")["ARGENT_INBOUND_TOPIC"], names("dev")["ARGENT_SES_EVENTS_TOPIC"]} <= topics
    boto3.client("s3", region_name=REGION).head_bucket(Bucket=names("dev")["ARGENT_INBOUND_BUCKET"])
    # Listed, not described: moto keeps a CloudFormation key policy as an object and cannot describe the key.
    aliases = boto3.client("kms", region_name=REGION).list_aliases()["Aliases"]
    assert any(a["AliasName"] == names("dev")["ARGENT_KMS_KEY_ID"] and a.get("TargetKeyId") for a in aliases)


@pytest.mark.usefixtures("deployed")
def test_redeploy_without_changes_is_quiet() -> None:
    client = boto3.client("cloudformation", region_name=REGION)
    assert deploy_stack(client, "dev", ["replies.example.com"]).endswith("COMPLETE")
