"""Composition root: the one place where ports meet their adapters.

Nothing here runs at import time. ``build`` is called by the first request (Lambda cold start stays
short, and moto can be active before any boto3 client exists) or by the CLI and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import boto3

from chalicelib.adapters.dynamodb import DynamoRepository
from chalicelib.clock import SystemClock
from chalicelib.services.ports import Clock, Repository
from chalicelib.settings import Settings, load_settings, secrets_manager_loader


@dataclass
class Container:
    settings: Settings
    repo: Repository
    clock: Clock


def build(settings: Settings | None = None, clock: Clock | None = None) -> Container:
    if settings is None:
        settings = load_settings(secret_loader=secrets_manager_loader())
    client = boto3.client("dynamodb", region_name=settings.region, endpoint_url=settings.aws_endpoint_url)
    return Container(
        settings=settings, repo=DynamoRepository(client, settings.table), clock=clock or SystemClock()
    )
