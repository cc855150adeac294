"""Deploy one stage: the resource stack first (CloudFormation), then the functions (Chalice).

``python -m infra.deploy --stage dev --reply-domains replies.example.com``

Chalice reads queue and topic names from the environment while it packages (the decorators in app.py run at
import time), so the stage's names are exported before ``chalice deploy`` runs; they are the names
``infra.stack.names`` gives the stack, so the subscriptions point at the resources just created.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from infra.stack import names, render

if TYPE_CHECKING:
    from mypy_boto3_cloudformation import CloudFormationClient


def deploy_stack(client: CloudFormationClient, stage: str, reply_domains: list[str]) -> str:
    """Create or update ``argent-<stage>``; returns the stack's final status."""
    stack = f"argent-{stage}"
    params = [
        {"ParameterKey": "Stage", "ParameterValue": stage},
        {"ParameterKey": "ReplyDomains", "ParameterValue": ",".join(reply_domains)},
    ]
    existing = client.describe_stacks()["Stacks"]
    if any(s["StackName"] == stack and s["StackStatus"] != "DELETE_COMPLETE" for s in existing):
        try:
            client.update_stack(StackName=stack, TemplateBody=render(), Parameters=params)  # type: ignore[arg-type]
        except client.exceptions.ClientError as exc:
            if "No updates are to be performed" not in str(exc):
                raise
            return "UPDATE_COMPLETE"
        client.get_waiter("stack_update_complete").wait(StackName=stack)
    else:
        client.create_stack(StackName=stack, TemplateBody=render(), Parameters=params)  # type: ignore[arg-type]
        client.get_waiter("stack_create_complete").wait(StackName=stack)
    return client.describe_stacks(StackName=stack)["Stacks"][0]["StackStatus"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.deploy")
    parser.add_argument("--stage", choices=["dev", "prod"], required=True)
    parser.add_argument("--reply-domains", required=True, help="comma-separated, verified in SES")
    parser.add_argument("--skip-functions", action="store_true", help="deploy only the resource stack")
    args = parser.parse_args(argv)

    import boto3  # noqa: PLC0415  (a deploy needs credentials; importing this module must not)

    status = deploy_stack(
        boto3.client("cloudformation"),
        args.stage,
        [d.strip() for d in args.reply_domains.split(",") if d.strip()],
    )
    print(json.dumps({"stack": f"argent-{args.stage}", "status": status}))
    if args.skip_functions:
        return 0
    env = {**os.environ, **names(args.stage)}
    return subprocess.call(["chalice", "deploy", "--stage", args.stage], env=env)  # noqa: S603, S607


if __name__ == "__main__":
    sys.exit(main())
