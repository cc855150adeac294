"""How a command reaches its services: local state in local mode, the configured AWS elsewhere."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from chalicelib.bootstrap import Container, build


@contextlib.contextmanager
def services() -> Iterator[Container]:
    if os.environ.get("ARGENT_STAGE", "local") == "local":
        from chalicelib.local_env import local_aws  # noqa: PLC0415  (moto is a dev dependency)

        with local_aws():
            yield build()
    else:
        yield build()


def add_tenant_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tenant", default="demo", help="tenant id (default: demo, the local demo tenant)")
