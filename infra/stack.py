"""The AWS resources Chalice does not create, as one CloudFormation template built from the project's own code.

Chalice deploys the Lambda functions, the API, the schedules and the queue/topic subscriptions; everything they
subscribe to or store in lives here, per stage: the DynamoDB table (its shape is
``chalicelib.adapters.dynamodb.table_definition``, the same one local mode and the tests create, so the three
can never drift apart), the inbound-mail bucket with the SES receipt rule that stores each message and notifies
SNS, the configuration set whose bounce/complaint events reach the app, the work queues with dead-letter queues
and alarms on them, the KMS key for provider tokens and the settings secret.

``python -m infra.stack`` prints the template; ``infra/template.json`` is its committed output (a test fails
when the two differ, so a change to the table shape cannot ship without the infrastructure following it).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from chalicelib.adapters.dynamodb import table_definition
from chalicelib.adapters.dynamodb_items import EXPIRES_AT
from chalicelib.settings import REQUIRED

# Lambda's limit for the work functions is 60 s (.chalice/config.json); AWS asks for a queue visibility
# timeout of at least six times the function timeout so a retried batch is not handed out while it runs.
LAMBDA_TIMEOUT_S = 60
VISIBILITY_TIMEOUT_S = 6 * LAMBDA_TIMEOUT_S
# A case or a Slack click that failed five times is parked for a person instead of retried forever.
MAX_RECEIVES = 5
QUEUES = ("sweep", "slack")
INBOUND_PREFIX = "inbound/"


def names(stage: str) -> dict[str, str]:
    """Physical names per stage; the Chalice stage's environment (``.chalice/config.json``) must use these."""
    return {
        "ARGENT_TABLE": f"argent-{stage}",
        "ARGENT_INBOUND_BUCKET": f"argent-{stage}-inbound",
        "ARGENT_SWEEP_QUEUE": f"argent-{stage}-sweep",
        "ARGENT_SLACK_QUEUE": f"argent-{stage}-slack",
        "ARGENT_INBOUND_TOPIC": f"argent-{stage}-inbound",
        "ARGENT_SES_EVENTS_TOPIC": f"argent-{stage}-ses-events",
        "ARGENT_SES_CONFIGURATION_SET": f"argent-{stage}",
        "ARGENT_KMS_KEY_ID": f"alias/argent-{stage}",
        "ARGENT_SECRET_ID": f"argent/{stage}",
    }


def _sub(text: str) -> dict[str, str]:
    return {"Fn::Sub": text}


def _table() -> dict[str, Any]:
    shape = table_definition("unused")
    return {
        "Type": "AWS::DynamoDB::Table",
        # Cases, audit events and provider tokens: a stack update or delete must never drop them.
        "DeletionPolicy": "Retain",
        "UpdateReplacePolicy": "Retain",
        "Properties": {
            "TableName": _sub("argent-${Stage}"),
            "BillingMode": shape["BillingMode"],
            "AttributeDefinitions": shape["AttributeDefinitions"],
            "KeySchema": shape["KeySchema"],
            "GlobalSecondaryIndexes": shape["GlobalSecondaryIndexes"],
            "TimeToLiveSpecification": {"AttributeName": EXPIRES_AT, "Enabled": True},
            "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
            "SSESpecification": {"SSEEnabled": True},
        },
    }


def _bucket() -> dict[str, Any]:
    return {
        "Type": "AWS::S3::Bucket",
        # Raw mail is evidence (a disputed promise, a remittance): kept when the stack goes.
        "DeletionPolicy": "Retain",
        "UpdateReplacePolicy": "Retain",
        "Properties": {
            "BucketName": _sub("argent-${Stage}-inbound"),
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [
                    {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}
                ]
            },
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
            "VersioningConfiguration": {"Status": "Enabled"},
        },
    }


def _ses_may(action: str, resource: Any) -> dict[str, Any]:
    # Only SES acting for this account may write here (the confused-deputy guard AWS documents for SES).
    return {
        "Sid": "AllowSes",
        "Effect": "Allow",
        "Principal": {"Service": "ses.amazonaws.com"},
        "Action": action,
        "Resource": resource,
        "Condition": {"StringEquals": {"AWS:SourceAccount": {"Ref": "AWS::AccountId"}}},
    }


def _queues() -> dict[str, Any]:
    resources: dict[str, Any] = {}
    for name in QUEUES:
        title = name.capitalize()
        resources[f"{title}DeadLetterQueue"] = {
            "Type": "AWS::SQS::Queue",
            "Properties": {
                "QueueName": _sub(f"argent-${{Stage}}-{name}-dlq"),
                "MessageRetentionPeriod": 14 * 24 * 3600,
                "SqsManagedSseEnabled": True,
            },
        }
        resources[f"{title}Queue"] = {
            "Type": "AWS::SQS::Queue",
            "Properties": {
                "QueueName": _sub(f"argent-${{Stage}}-{name}"),
                "VisibilityTimeout": VISIBILITY_TIMEOUT_S,
                "SqsManagedSseEnabled": True,
                "RedrivePolicy": {
                    "deadLetterTargetArn": {"Fn::GetAtt": [f"{title}DeadLetterQueue", "Arn"]},
                    "maxReceiveCount": MAX_RECEIVES,
                },
            },
        }
        resources[f"{title}DeadLetterAlarm"] = {
            "Type": "AWS::CloudWatch::Alarm",
            "Properties": {
                "AlarmName": _sub(f"argent-${{Stage}}-{name}-dead-letters"),
                "AlarmDescription": f"A {name} message failed {MAX_RECEIVES} times and waits for a person.",
                "Namespace": "AWS/SQS",
                "MetricName": "ApproximateNumberOfMessagesVisible",
                "Dimensions": [
                    {"Name": "QueueName", "Value": {"Fn::GetAtt": [f"{title}DeadLetterQueue", "QueueName"]}}
                ],
                "Statistic": "Maximum",
                "Period": 300,
                "EvaluationPeriods": 1,
                "Threshold": 0,
                "ComparisonOperator": "GreaterThanThreshold",
                "TreatMissingData": "notBreaching",
                "AlarmActions": [{"Ref": "AlarmTopic"}],
            },
        }
    return resources


def _mail() -> dict[str, Any]:
    inbound_topic = {"Ref": "InboundTopic"}
    events_topic = {"Ref": "SesEventsTopic"}
    return {
        "InboundBucket": _bucket(),
        "InboundBucketPolicy": {
            "Type": "AWS::S3::BucketPolicy",
            "Properties": {
                "Bucket": {"Ref": "InboundBucket"},
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        _ses_may("s3:PutObject", _sub("arn:${AWS::Partition}:s3:::${InboundBucket}/*"))
                    ],
                },
            },
        },
        "InboundTopic": {
            "Type": "AWS::SNS::Topic",
            "Properties": {"TopicName": _sub("argent-${Stage}-inbound")},
        },
        "SesEventsTopic": {
            "Type": "AWS::SNS::Topic",
            "Properties": {"TopicName": _sub("argent-${Stage}-ses-events")},
        },
        "SesTopicPolicy": {
            "Type": "AWS::SNS::TopicPolicy",
            "Properties": {
                "Topics": [inbound_topic, events_topic],
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [_ses_may("sns:Publish", [inbound_topic, events_topic])],
                },
            },
        },
        # A rule set must be made active by hand (one active set per account and region); see infra/README.md.
        "ReceiptRuleSet": {
            "Type": "AWS::SES::ReceiptRuleSet",
            "Properties": {"RuleSetName": _sub("argent-${Stage}")},
        },
        "InboundRule": {
            "Type": "AWS::SES::ReceiptRule",
            "DependsOn": ["InboundBucketPolicy", "SesTopicPolicy"],
            "Properties": {
                "RuleSetName": {"Ref": "ReceiptRuleSet"},
                "Rule": {
                    "Name": _sub("argent-${Stage}-inbound"),
                    "Enabled": True,
                    "Recipients": {"Ref": "ReplyDomains"},
                    # Verdicts are computed and passed on; the app drops spam/virus FAIL and marks DMARC FAIL.
                    "ScanEnabled": True,
                    "TlsPolicy": "Optional",
                    "Actions": [
                        {
                            "S3Action": {
                                "BucketName": {"Ref": "InboundBucket"},
                                "ObjectKeyPrefix": INBOUND_PREFIX,
                                "TopicArn": inbound_topic,
                            }
                        }
                    ],
                },
            },
        },
        "ConfigurationSet": {
            "Type": "AWS::SES::ConfigurationSet",
            "Properties": {"Name": _sub("argent-${Stage}")},
        },
        "DeliveryEvents": {
            "Type": "AWS::SES::ConfigurationSetEventDestination",
            "DependsOn": ["SesTopicPolicy"],
            "Properties": {
                "ConfigurationSetName": {"Ref": "ConfigurationSet"},
                "EventDestination": {
                    "Name": "bounces-and-complaints",
                    "Enabled": True,
                    "MatchingEventTypes": ["bounce", "complaint", "reject"],
                    "SnsDestination": {"TopicARN": events_topic},
                },
            },
        },
    }


def _secrets() -> dict[str, Any]:
    # Provider secrets are pasted in by the operator after install; the reply-token secret is ours to make.
    # Empty values make the app refuse to start and name what is missing (chalicelib/settings.py).
    provided = {name: "" for name in REQUIRED if name.startswith(("STRIPE", "QBO", "SLACK"))}
    return {
        "TokenKey": {
            "Type": "AWS::KMS::Key",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
            "Properties": {
                "Description": "Envelope key for the tenants' Stripe, QuickBooks and Slack tokens",
                "EnableKeyRotation": True,
                "KeyPolicy": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "AccountAdministers",
                            "Effect": "Allow",
                            "Principal": {"AWS": _sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")},
                            "Action": "kms:*",
                            "Resource": "*",
                        }
                    ],
                },
            },
        },
        "TokenKeyAlias": {
            "Type": "AWS::KMS::Alias",
            "Properties": {"AliasName": _sub("alias/argent-${Stage}"), "TargetKeyId": {"Ref": "TokenKey"}},
        },
        "Settings": {
            "Type": "AWS::SecretsManager::Secret",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
            "Properties": {
                "Name": _sub("argent/${Stage}"),
                "Description": "Argent settings (JSON; keys are the setting names in the README)",
                "GenerateSecretString": {
                    "SecretStringTemplate": json.dumps(provided, sort_keys=True),
                    "GenerateStringKey": "ARGENT_REPLY_TOKEN_SECRET",
                    "PasswordLength": 48,
                    "ExcludePunctuation": True,
                },
            },
        },
    }


def template() -> dict[str, Any]:
    resources: dict[str, Any] = {"Table": _table()}
    resources.update(_mail())
    resources.update(_queues())
    resources["AlarmTopic"] = {
        "Type": "AWS::SNS::Topic",
        "Properties": {"TopicName": _sub("argent-${Stage}-alarms")},
    }
    resources.update(_secrets())
    outputs = {
        "TableName": {"Value": {"Ref": "Table"}},
        "InboundBucket": {"Value": {"Ref": "InboundBucket"}},
        "InboundTopicArn": {"Value": {"Ref": "InboundTopic"}},
        "SesEventsTopicArn": {"Value": {"Ref": "SesEventsTopic"}},
        "SweepQueueUrl": {"Value": {"Ref": "SweepQueue"}},
        "SlackQueueUrl": {"Value": {"Ref": "SlackQueue"}},
        "AlarmTopicArn": {"Value": {"Ref": "AlarmTopic"}},
        "TokenKeyArn": {"Value": {"Fn::GetAtt": ["TokenKey", "Arn"]}},
        "SettingsSecretArn": {"Value": {"Ref": "Settings"}},
    }
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": "Argent: storage, mail intake, queues, keys and settings for one stage",
        "Parameters": {
            "Stage": {"Type": "String", "AllowedValues": ["dev", "prod"], "Default": "dev"},
            "ReplyDomains": {
                "Type": "CommaDelimitedList",
                "Description": "Domains (verified in SES) whose mail is received, e.g. replies.example.com",
            },
        },
        "Resources": resources,
        "Outputs": outputs,
    }


def render() -> str:
    return json.dumps(template(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
