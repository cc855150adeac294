"""HTML pages of the dashboard, rendered with jinja2 from templates shipped inside ``chalicelib``.

Templates live under ``chalicelib/templates`` because Chalice packages only ``app.py``, ``chalicelib/``
and ``vendor/``; the top-level ``templates`` folder is a link to them. Autoescape is on: customer names
and reasons are data from outside.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("chalicelib", "templates"),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
